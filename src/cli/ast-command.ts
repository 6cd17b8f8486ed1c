// `pyc ast [--jsonl] PATH...`: the AST of each file, as `ast.dump` prints it.
import { readFileSync } from 'node:fs';
import { dump } from '../ast/dump.js';
import { PySyntaxError } from '../diagnostics/syntax-error.js';
import { parseBytes } from '../parse/parser.js';
import { findPythonFiles } from './files.js';
import { formatSyntaxError } from './report.js';

export interface AstOptions {
  jsonl?: boolean;
}

export function astCommand(paths: string[], options: AstOptions): number {
  let failed = false;
  for (const file of findPythonFiles(paths)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.path);
    } catch (e) {
      failed = true;
      const msg = `[Errno 2] No such file or directory: '${file.path}'`;
      if (options.jsonl) process.stdout.write(JSON.stringify({ file: file.display, error: { type: 'FileNotFoundError', msg, lineno: null, offset: null, end_lineno: null, end_offset: null } }) + '\n');
      else process.stderr.write(`pyc: can't open file '${file.path}': ${msg}\n`);
      continue;
    }
    try {
      const tree = parseBytes(bytes, file.display);
      if (options.jsonl) process.stdout.write(JSON.stringify({ file: file.display, dump: dump(tree, { includeAttributes: true }) }) + '\n');
      else process.stdout.write(dump(tree, { indent: 2 }) + '\n');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      failed = true;
      if (options.jsonl) process.stdout.write(JSON.stringify({ file: file.display, error: e.info() }) + '\n');
      else process.stderr.write(formatSyntaxError(e, file.display, bytes.toString('utf8').split(/\r\n|\r|\n/)));
    }
  }
  return failed ? 1 : 0;
}
