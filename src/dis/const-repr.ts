// repr() of co_consts entries as dis prints them: scalars through src/ast/repr.ts, code objects
// as `<code object NAME at 0x..., file "FILE", line N>`, frozensets in CPython's iteration order.
//
// A code object's address is made up (CPython prints its memory address, which changes from run
// to run); one disassembly gives each code object one address, so the LOAD_CONST that loads it
// and its "Disassembly of ..." header agree.

import { repr } from '../ast/repr.js';
import { PyCode } from '../bytecode/code.js';
import { PyFrozenSet, PyTuple, type PyConstant } from '../values/index.js';
import type { HashSecret } from './py-hash.js';
import { BUILTIN_NAMES } from './interned.js';
import { frozensetOrder } from './set-order.js';

/** Where the constants came from, which decides how often CPython rebuilt their frozensets. */
export type ConstOrigin = 'marshal' | 'compiler';

export class ConstRepr {
  private readonly addresses = new Map<PyCode, string>();

  /**
   * `interned`: for origin 'compiler', the strs CPython would already have interned when it made
   * the code objects (see `identifiersOf`); they decide whether a frozenset was built a third time.
   */
  constructor(
    private readonly secret: HashSecret,
    private readonly origin: ConstOrigin,
    private readonly interned: ReadonlySet<string> = new Set(),
  ) {}

  /** The made-up address of a code object: stable within this disassembly, distinct per object. */
  address(code: PyCode): string {
    let a = this.addresses.get(code);
    if (a === undefined) {
      a = '0x' + (0x7f3a5c000000 + 0x1a0 * (this.addresses.size + 1)).toString(16);
      this.addresses.set(code, a);
    }
    return a;
  }

  /** code.__repr__: `<code object %U at %p, file "%U", line %d>`, line 0 shown as -1. */
  codeRepr(code: PyCode): string {
    const line = code.co_firstlineno !== 0 ? code.co_firstlineno : -1;
    return `<code object ${code.co_name} at ${this.address(code)}, file "${code.co_filename}", line ${line}>`;
  }

  repr(value: PyConstant): string {
    if (value instanceof PyCode) return this.codeRepr(value);
    if (value instanceof PyTuple) {
      const items = value.items.map((v) => this.repr(v));
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    if (value instanceof PyFrozenSet) {
      if (value.items.length === 0) return 'frozenset()';
      const order = frozensetOrder(value.items, this.secret, this.passes(value)) ?? value.items;
      return `frozenset({${order.map((v) => this.repr(v)).join(', ')}})`;
    }
    return repr(value);
  }

  /**
   * How many times CPython filled this frozenset, each time in the previous one's order. Read by
   * marshal: once, in marshal's (sorted) order. Made by CPython's compiler: in source order by
   * the AST optimizer; again when constants are merged (compile.c, merge_consts_recursive); and
   * a third time when the code object is made if `intern_string_constants` swapped one of its
   * strs for an already interned equal str (Objects/codeobject.c).
   */
  private passes(value: PyFrozenSet): number {
    if (this.origin === 'marshal') return 1;
    const swapped = value.items.some((v) => typeof v === 'string' && v.length > 1 && NAME_CHARS.test(v) && (this.interned.has(v) || BUILTIN_NAMES.has(v)));
    return swapped ? 3 : 2;
  }
}

const NAME_CHARS = /^[A-Za-z0-9_]+$/;

/**
 * The identifiers of a compiled module, which CPython's parser interned before any code object
 * was made: every name, local, cell and free variable and code object name in the tree. With
 * the builtins' names (interned.ts) these are the strs known to be interned; others that the
 * process running CPython's compiler happened to intern (identifiers of the modules it had
 * imported) cannot be known here.
 */
export function identifiersOf(code: PyCode, out: Set<string> = new Set()): Set<string> {
  for (const n of code.co_names) out.add(n);
  for (const n of code.co_localsplusnames) out.add(n);
  out.add(code.co_name);
  for (const c of code.co_consts) if (c instanceof PyCode) identifiersOf(c, out);
  return out;
}
