// Binding call arguments to a new frame's fast locals, with CPython's error messages
// (Python/ceval.c: initialize_locals, too_many_positional, missing_arguments,
// positional_only_passed_as_keyword).

import { CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code.js';
import type { Value } from './object.js';
import { PyDict } from './dict.js';
import { tuple, EMPTY_TUPLE } from './tuple.js';
import { typeError } from './exceptions.js';
import type { PyFunction } from './function.js';
import { reprStr } from '../ast/repr.js';

/**
 * Binds `nargs` values of `src` from `start` — positionals, then the values of `kwnames` — plus
 * an optional leading `self`, into `fast` (the new frame's localsplus, all null).
 */
export function bindArgs(fn: PyFunction, fast: (Value | null)[], src: readonly (Value | null)[], start: number, nargs: number, kwnames: readonly string[] | null, self: Value | null): void {
  const info = fn.info;
  const co_argcount = info.argcount;
  const flags = info.flags;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = nargs - nkw + (self !== null ? 1 : 0);
  // Fast path: exactly the positional parameters, nothing else.
  if (nkw === 0 && npos === co_argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && info.kwonlyargcount === 0) {
    let j = 0;
    if (self !== null) fast[j++] = self;
    for (let i = 0; i < nargs; i++) fast[j++] = src[start + i]!;
    return;
  }
  const pos: Value[] = [];
  if (self !== null) pos.push(self);
  for (let i = 0; i < nargs - nkw; i++) pos.push(src[start + i]!);
  bindGeneral(fn, fast, pos, kwnames, src, start + nargs - nkw);
}

function bindGeneral(fn: PyFunction, fast: (Value | null)[], args: Value[], kwnames: readonly string[] | null, src: readonly (Value | null)[], kwStart: number): void {
  const info = fn.info;
  const co_argcount = info.argcount;
  const totalArgs = co_argcount + info.kwonlyargcount;
  const names = info.localNames;
  const argcount = args.length;
  let kwdict: PyDict | null = null;
  if (info.flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    fast[totalArgs + (info.flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const n = Math.min(argcount, co_argcount);
  for (let j = 0; j < n; j++) fast[j] = args[j]!;
  if (info.flags & CO_VARARGS) fast[totalArgs] = argcount === n ? EMPTY_TUPLE : tuple(args.slice(n));
  if (kwnames !== null) {
    for (let i = 0; i < kwnames.length; i++) {
      const kw = kwnames[i]!;
      const value = src[kwStart + i]!;
      let j = info.posonlyargcount;
      for (; j < totalArgs; j++) if (names[j] === kw) break;
      if (j >= totalArgs) {
        if (kwdict === null) {
          if (info.posonlyargcount) positionalOnlyAsKeyword(fn, kwnames);
          throw typeError(`${fn.qualname}() got an unexpected keyword argument '${kw}'`);
        }
        kwdict.setStr(kw, value);
        continue;
      }
      if (fast[j] !== null) throw typeError(`${fn.qualname}() got multiple values for argument '${kw}'`);
      fast[j] = value;
    }
  }
  if (argcount > co_argcount && !(info.flags & CO_VARARGS)) tooManyPositional(fn, fast, argcount);
  if (argcount < co_argcount) {
    const defaults = fn.defaults ?? [];
    const defcount = defaults.length;
    const m = co_argcount - defcount;
    let missing = 0;
    for (let i = argcount; i < m; i++) if (fast[i] === null) missing++;
    if (missing) missingArguments(fn, fast, missing, defcount);
    for (let i = n > m ? n - m : 0; i < defcount; i++) {
      if (fast[m + i] === null) fast[m + i] = defaults[i]!;
    }
  }
  if (info.kwonlyargcount > 0) {
    let missing = 0;
    for (let i = co_argcount; i < totalArgs; i++) {
      if (fast[i] !== null) continue;
      const def = fn.kwdefaults?.getStr(names[i]!);
      if (def !== undefined) {
        fast[i] = def;
        continue;
      }
      missing++;
    }
    if (missing) missingArguments(fn, fast, missing, -1);
  }
}

function tooManyPositional(fn: PyFunction, fast: (Value | null)[], given: number): never {
  const info = fn.info;
  const co_argcount = info.argcount;
  let kwonlyGiven = 0;
  for (let i = co_argcount; i < co_argcount + info.kwonlyargcount; i++) if (fast[i] !== null) kwonlyGiven++;
  const defcount = fn.defaults?.length ?? 0;
  let sig: string;
  let plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${co_argcount - defcount} to ${co_argcount}`;
  } else {
    plural = co_argcount !== 1;
    sig = String(co_argcount);
  }
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  throw typeError(
    `${fn.qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonlySig} ${given === 1 && !kwonlyGiven ? 'was' : 'were'} given`,
  );
}

function missingArguments(fn: PyFunction, fast: (Value | null)[], missing: number, defcount: number): never {
  const info = fn.info;
  const positional = defcount !== -1;
  const kind = positional ? 'positional' : 'keyword-only';
  const start = positional ? 0 : info.argcount;
  const end = positional ? info.argcount - defcount : info.argcount + info.kwonlyargcount;
  const names: string[] = [];
  for (let i = start; i < end; i++) if (fast[i] === null) names.push(reprStr(info.localNames[i]!));
  void missing;
  let nameStr: string;
  if (names.length === 1) nameStr = names[0]!;
  else if (names.length === 2) nameStr = `${names[0]} and ${names[1]}`;
  else nameStr = names.slice(0, -2).join(', ') + `, ${names[names.length - 2]}, and ${names[names.length - 1]}`;
  throw typeError(`${fn.qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${nameStr}`);
}

function positionalOnlyAsKeyword(fn: PyFunction, kwnames: readonly string[]): void {
  const info = fn.info;
  const bad: string[] = [];
  for (let k = 0; k < info.posonlyargcount; k++) {
    const name = info.localNames[k]!;
    if (kwnames.includes(name)) bad.push(name);
  }
  if (bad.length) {
    throw typeError(`${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${bad.join(', ')}'`);
  }
}
