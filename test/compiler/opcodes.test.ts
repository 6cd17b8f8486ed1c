// src/bytecode/opcodes.ts is generated from python3's opcode and dis modules by
// tools/gen-opcodes.py: regenerate it into a temporary file and compare.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CACHE_ENTRIES, DEOPT, HASJREL, Op, OPNAME } from '../../src/bytecode/opcodes.js';
import { projectRoot } from '../conformance/ast-oracle.js';

test('src/bytecode/opcodes.ts is up to date (python3 tools/gen-opcodes.py)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyc-opcodes-'));
  try {
    const out = join(dir, 'opcodes.ts');
    execFileSync('python3', [join(projectRoot, 'tools', 'gen-opcodes.py'), out]);
    assert.equal(readFileSync(join(projectRoot, 'src', 'bytecode', 'opcodes.ts'), 'utf8'), readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('opcode table facts of CPython 3.11', () => {
  assert.equal(Op.LOAD_CONST, 100);
  assert.equal(Op.PRECALL, 166);
  assert.equal(CACHE_ENTRIES[Op.LOAD_GLOBAL], 5);
  assert.equal(CACHE_ENTRIES[Op.CALL], 4);
  assert.equal(CACHE_ENTRIES[Op.BINARY_OP], 1);
  assert.ok(HASJREL.has(Op.POP_JUMP_BACKWARD_IF_TRUE));
  assert.equal(OPNAME[DEOPT[OPNAME.indexOf('LOAD_ATTR_SLOT')]!], 'LOAD_ATTR');
});
