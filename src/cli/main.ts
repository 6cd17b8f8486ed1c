#!/usr/bin/env node
// The `pyc` command line. Subcommands follow CPython's conventions (see README.md).
import { Command } from 'commander';
import { astCommand } from './ast-command.js';

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

const program = new Command();
program.name('pyc').description('A Python 3.11 compiler toolchain in TypeScript').version('0.1.0');

program
  .command('ast')
  .description('print the AST of Python files (as ast.dump)')
  .option('--jsonl', 'one JSON object per file, with ast.dump(tree, include_attributes=True)')
  .argument('<paths...>', 'files or directories (searched recursively for *.py)')
  .action((paths: string[], opts: { jsonl?: boolean }) => run(() => astCommand(paths, opts)));

program.parse();
