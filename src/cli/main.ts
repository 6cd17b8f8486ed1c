#!/usr/bin/env node
// The `pyc` command line. Subcommands follow CPython's conventions (see README.md).
//
// Each command's module is imported when that command runs: `pyc ast` does not load the VM, nor
// `pyc run` the build's progress bars (every module loaded costs start-up time).
import { Command } from 'commander';
import type { BuildOptions } from './build-command.js';
import { applySyntaxChoice, reportSyntaxChoiceError, withSyntaxOptions } from './syntax-choice.js';

function run(body: () => number): void {
  try {
    process.exitCode = body();
  } catch (e) {
    // An internal error is a bug in pyc: say so plainly, without a JavaScript stack trace
    // unless asked for one.
    if (process.env['PYC_DEBUG']) throw e;
    process.stderr.write(`pyc: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}

function runAsync(body: () => Promise<number>): Promise<void> {
  return body().then(
    (status) => {
      process.exitCode = status;
    },
    (e: unknown) => run(() => {
      throw e;
    }),
  );
}

const program = new Command();
program.name('pyc').description('A Python 3.11 compiler toolchain in TypeScript').version('0.1.0');

withSyntaxOptions(program.command('ast'))
  .description('print the AST of Python files (as ast.dump)')
  .option('--jsonl', 'one JSON object per file, with ast.dump(tree, include_attributes=True)')
  .argument('<paths...>', 'files or directories (searched recursively for *.py)')
  .action(async (paths: string[], opts: { jsonl?: boolean }) => {
    const { astCommand } = await import('./ast-command.js');
    run(() => astCommand(paths, opts));
  });

withSyntaxOptions(program.command('build'))
  .description('compile Python files to __pycache__/NAME.cpython-311.pyc (as py_compile / compileall)')
  .option('--jsonl', 'one JSON object per file: {"file", "ok": true} or {"file", "error": {...}}')
  .option('-o, --output <file>', 'write the .pyc here (one source file only)')
  .option('-j, --jobs <n>', 'build on N worker threads (0: one per core)')
  .option('-f, --force', 'rebuild even when the .pyc is up to date')
  .option('-q, --quiet', 'print no error messages, warnings or progress bar')
  .option('--invalidation-mode <mode>', 'timestamp, checked-hash or unchecked-hash (default: timestamp, or checked-hash when SOURCE_DATE_EPOCH is set)')
  .argument('<paths...>', 'files, or directories searched recursively for *.py')
  .action(async (paths: string[], opts: BuildOptions) => {
    const { buildCommand } = await import('./build-command.js');
    await runAsync(() => buildCommand(paths, opts));
  });

withSyntaxOptions(program.command('dis'))
  .description('disassemble a Python source file or a .pyc file (as python3 -m dis)')
  .argument('<path>', 'a .py file (compiled by pyc) or a .pyc file (its code object after the 16-byte header)')
  .action(async (path: string) => {
    const { disCommand } = await import('./dis-command.js');
    run(() => disCommand(path));
  });

// `pyc run FILE args...` passes the program's own options through untouched.
program.enablePositionalOptions();
withSyntaxOptions(program.command('run'))
  .description('run a Python program (FILE.py, compiled by pyc, or any CPython 3.11 .pyc) as python3 does')
  .option('--backend <name>', 'execution backend', 'vm')
  .option('-c <code>', 'run the program passed as a string (as python3 -c)')
  .option('-m <module>', 'run a library module as a script (as python3 -m)')
  .option('--stdlib <dir>', "CPython's Lib directory (default: $PYC_STDLIB, else asked of python3)")
  .option('--debug', 'show JavaScript stacks for internal VM errors')
  .argument('[file]', 'a .py or .pyc file')
  .argument('[args...]', 'sys.argv[1:] of the program')
  .passThroughOptions()
  .action(async (file: string | undefined, args: string[], opts: { backend?: string; c?: string; m?: string; stdlib?: string; debug?: boolean }) => {
    const { runCommand } = await import('./run-command.js');
    run(() => runCommand(file, args, { backend: opts.backend, command: opts.c, module: opts.m, stdlib: opts.stdlib, debug: opts.debug }));
  });

// As with python3, everything after `run -c CODE` / `run -m MODULE` belongs to the program.
const argv = process.argv.slice();
const runAt = argv.indexOf('run', 2);
if (runAt > 0) {
  for (let i = runAt + 1; i < argv.length - 1; i++) {
    if (argv[i] === '-c' || argv[i] === '-m') {
      argv.splice(i + 2, 0, '--');
      break;
    }
    if (['--parser', '--grammar', '--actions'].includes(argv[i]!)) i++; // and its value
    else if (!argv[i]!.startsWith('-')) break;
  }
}
// --parser, --grammar, --actions: the syntax every command parses with (syntax-choice.ts).
program.hook('preAction', (_program, command) => applySyntaxChoice(command.opts()));
try {
  await program.parseAsync(argv);
} catch (e) {
  if (!reportSyntaxChoiceError(e)) throw e;
}
