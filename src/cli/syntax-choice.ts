// The CLI's syntax options, in one place: `--parser ohm|generated` picks the parser of Python
// itself; `--grammar EXT.ohm` and `--actions EXT.js` load a grammar extension (src/lab/), which
// Ohm interprets. Without any of them the default backend stays. The choice is process-wide
// (src/parse/backend.ts), so it is made before a command runs, and again in each `pyc build -j`
// worker thread (syntaxWorkerData / applyWorkerSyntaxChoice).
import type { Command } from 'commander';
import { ohmBackend } from '../parse/parser.js';
import { setSyntaxBackend } from '../parse/backend.js';
import { ExtensionError } from '../lab/extension-error.js';

export interface SyntaxOptions {
  parser?: string;
  grammar?: string;
  actions?: string;
}

/** A wrong value or combination of the syntax options (exit status 1, as commander's own usage errors). */
export class SyntaxChoiceError extends Error {}

const PARSERS = ['ohm', 'generated'];

let applied: SyntaxOptions = {};

/** Adds --parser, --grammar and --actions to a command. */
export function withSyntaxOptions(command: Command): Command {
  return command
    .option('--parser <name>', 'the parser of Python: ohm (the reference) or generated (fast)')
    .option('--grammar <file.ohm>', 'extend the syntax with an Ohm grammar `NAME <: Python { ... }` (docs/grammar-lab.md)')
    .option('--actions <file.js>', "the grammar extension's semantic actions (an ES module)");
}

/** Installs the backend the options ask for. Throws SyntaxChoiceError or ExtensionError. */
export async function applySyntaxChoice(options: SyntaxOptions = {}): Promise<void> {
  const { parser, grammar, actions } = options;
  if (parser !== undefined && !PARSERS.includes(parser)) throw new SyntaxChoiceError(`--parser: expected ohm or generated, got '${parser}'`);
  const extended = grammar !== undefined || actions !== undefined;
  if (extended && parser === 'generated') {
    throw new SyntaxChoiceError('--grammar and --actions need --parser ohm: grammar extensions are interpreted by Ohm, the generated parser is fixed');
  }
  // The lab and the generated parser are loaded only when asked for.
  if (extended) setSyntaxBackend(await (await import('../lab/index.js')).loadExtension({ grammar, actions }));
  else if (parser === 'ohm') setSyntaxBackend(ohmBackend);
  else if (parser === 'generated') setSyntaxBackend((await import('../parse/generated-backend.js')).generatedBackend());
  applied = { parser, grammar, actions };
}

/** What a build worker needs to make the same choice (plain data, for `workerData`). */
export function syntaxWorkerData(): { syntaxChoice: SyntaxOptions } {
  return { syntaxChoice: applied };
}

/** In a build worker: the choice the main thread made (see syntaxWorkerData). */
export async function applyWorkerSyntaxChoice(workerData: unknown): Promise<void> {
  await applySyntaxChoice((workerData as { syntaxChoice?: SyntaxOptions } | null)?.syntaxChoice);
}

/** Prints an error of the syntax options and sets the exit status; false for any other error. */
export function reportSyntaxChoiceError(e: unknown): boolean {
  if (e instanceof ExtensionError) {
    process.stderr.write(e.report());
    process.exitCode = 1;
    return true;
  }
  if (e instanceof SyntaxChoiceError) {
    process.stderr.write(`pyc: ${e.message}\n`);
    process.exitCode = 1;
    return true;
  }
  return false;
}
