// The generated parser (generated/python-parser.js) against the Ohm interpreter running the same
// grammar (the reference): the same tree or the same error on every snippet of the invalid-snippet
// corpus and on a slice of the stdlib. Both are also compared with CPython elsewhere (the
// snippet corpus in test/errors, the stdlib in test/conformance); this test pins them to each
// other directly, so that a difference shows even where both would differ from CPython.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dump } from '../../src/ast/dump.js';
import { PySyntaxError } from '../../src/diagnostics/syntax-error.js';
import { setSyntaxBackend, type SyntaxBackend } from '../../src/parse/backend.js';
import { generatedBackend } from '../../src/parse/generated-backend.js';
import { ohmBackend, parseBytes, parseText } from '../../src/parse/parser.js';
import { stdlibSlice } from '../conformance/corpus.js';
import { loadSnippets, type Snippet } from '../errors/corpus.js';

function outcome(backend: SyntaxBackend, run: () => unknown): string {
  setSyntaxBackend(backend);
  try {
    return dump(run() as never, { includeAttributes: true });
  } catch (e) {
    if (e instanceof PySyntaxError) return `${e.info().type}: ${JSON.stringify(e.info())}`;
    return `CRASH ${(e as Error).message}`;
  } finally {
    setSyntaxBackend(generatedBackend());
  }
}

function snippetRun(s: Snippet): () => unknown {
  return s.sourceBase64 !== undefined
    ? () => parseBytes(Buffer.from(s.sourceBase64!, 'base64'), '<snippet>')
    : () => parseText(s.source!, '<snippet>', 'File');
}

test('generated parser = Ohm parser on every snippet of the invalid-snippet corpus', () => {
  const snippets = loadSnippets();
  const differ: string[] = [];
  for (const s of snippets) {
    const run = snippetRun(s);
    const ohm = outcome(ohmBackend, run);
    const generated = outcome(generatedBackend(), run);
    if (ohm !== generated) differ.push(`${s.id}\n  ohm       ${ohm.slice(0, 300)}\n  generated ${generated.slice(0, 300)}`);
  }
  console.log(`generated = ohm on ${snippets.length - differ.length}/${snippets.length} snippets`);
  assert.deepEqual(differ, []);
});

test('generated parser = Ohm parser on every 60th stdlib file', () => {
  const files = stdlibSlice(60);
  const differ: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const ohm = outcome(ohmBackend, () => parseBytes(bytes, file));
    const generated = outcome(generatedBackend(), () => parseBytes(bytes, file));
    if (ohm !== generated) {
      let i = 0;
      while (ohm[i] === generated[i]) i++;
      differ.push(`${file}\n  ohm       ${ohm.slice(Math.max(0, i - 80), i + 120)}\n  generated ${generated.slice(Math.max(0, i - 80), i + 120)}`);
    }
  }
  console.log(`generated = ohm on ${files.length - differ.length}/${files.length} stdlib files`);
  assert.deepEqual(differ, []);
});
