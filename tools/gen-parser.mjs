#!/usr/bin/env node
// The parser generator: grammar/python.ohm -> generated/python-parser.js (+ .d.ts).
//
// As CPython's pegen turns python.gram into C, this turns the Ohm grammar into a recursive-descent
// JavaScript parser with Ohm's exact matching semantics, read from ohm-js's own parsing
// expressions (grammar.rules[name].body):
//   * PEG ordered choice, sequences, iterations, lookahead and negation, as pexprs-eval.js;
//   * syntactic rules (Capitalized) skip `spaces` before every application and terminal, lexical
//     rules (lowercase) do not; the tree gets a node per syntactic rule application, terminal and
//     iteration, shaped exactly as Ohm's CST (iterations split in columns, lookahead keeping its
//     bindings), so the semantic actions written for Ohm (src/parse/actions.ts) run unchanged;
//   * a lexical rule applied from a syntactic one is compiled to a recognizer (no tree inside),
//     and gives one leaf node: the actions only read a token's text and span;
//   * parameterized rules (NonemptyListOf<x, sep>, caseInsensitive<"rb">) are specialized per
//     distinct argument list;
//   * left recursion (Primary, T_primary, Attr/Name_or_attr) follows Ohm's seed growing,
//     including its "involved applications" for indirect recursion, for the rules of the
//     grammar's left-call cycles only;
//   * a few rules are memoized (MEMOIZED below), where backtracking re-parses the same text:
//     Ohm memoizes every application, pegen only those marked (memo).
// The generated module exports makeParser(nodes): the node classes come from src/parse/cst.ts,
// so the generated code holds no hand-written runtime.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ohm from 'ohm-js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const P = ohm.pexprs;

/**
 * Rules worth a memo table: the ones the grammar tries again at the same position after an
 * alternative failed (targets tried before expressions, `a if b else c` before `a`). Chosen by
 * counting re-evaluations on the stdlib: `node tools/gen-parser.mjs --profile --out DIR` writes a
 * parser whose `profileCounts` tell, per rule, how often it ran at each position.
 */
const MEMOIZED = new Set([
  'Expression', 'Disjunction', 'Star_expressions', 'Star_expression', 'Named_expression', 'Bitwise_or',
  'Star_target', 'Target_with_star_atom', 'Del_target', 'Block', 'Star_named_expression', 'Slices',
  'Arguments', 'Args', 'Atom', 'Strings', 'Await_primary', 'Single_target', 'Pattern', 'Closed_pattern', 'Signed_number',
]);

/** Skipping spaces, where a syntactic rule does: no call when the last skip ended here. */
const SKIP = 'if (pos !== skipTo) skip(); ';

const isSyntactic = (ruleName) => ruleName[0] >= 'A' && ruleName[0] <= 'Z';

export function generateParser(grammarSource, { profile = false } = {}) {
  const grammar = ohm.grammars(grammarSource).Python;
  const rules = grammar.rules;

  // ------------------------------------------------------------ rule instances
  // One instance per rule and argument list; `key` names it in the generated code.
  const instances = new Map(); // key -> { key, rule, body, fn }
  const jsName = (s) => s.replace(/[^A-Za-z0-9_]/g, (c) => '$' + c.charCodeAt(0).toString(16));
  function instance(ruleName, args) {
    const key = args.length === 0 ? ruleName : `${ruleName}<${args.map((a) => a.toString()).join(',')}>`;
    let inst = instances.get(key);
    if (!inst) {
      const info = rules[ruleName];
      if (!info) throw new Error(`unknown rule ${ruleName}`);
      const body = args.length === 0 ? info.body : info.body.substituteParams(args);
      inst = { key, rule: ruleName, body, fn: (isSyntactic(ruleName) ? 's_' : 'l_') + jsName(key) + '_' + instances.size };
      instances.set(key, inst);
    }
    return inst;
  }

  // ------------------------------------------------------------ nullable / left calls
  const nullableMemo = new Map();
  function nullable(e) {
    if (e instanceof P.Terminal) return e.obj.length === 0;
    if (e instanceof P.Range || e === P.any || e instanceof P.UnicodeChar) return false;
    if (e === P.end) return true;
    if (e instanceof P.CaseInsensitiveTerminal) return false;
    if (e instanceof P.Seq) return e.factors.every(nullable);
    if (e instanceof P.Alt) return e.terms.some(nullable);
    if (e instanceof P.Star || e instanceof P.Opt) return true;
    if (e instanceof P.Plus) return nullable(e.expr);
    if (e instanceof P.Lookahead || e instanceof P.Not) return true;
    if (e instanceof P.Lex) return nullable(e.expr);
    if (e instanceof P.Apply) {
      const inst = instance(e.ruleName, e.args);
      if (nullableMemo.has(inst.key)) return nullableMemo.get(inst.key);
      nullableMemo.set(inst.key, false);
      const v = nullable(inst.body);
      nullableMemo.set(inst.key, v);
      return v;
    }
    throw new Error(`nullable: unexpected ${e.constructor.name}`);
  }
  /** Instances `e` may apply at its own start position. */
  function leftCalls(e, out) {
    if (e instanceof P.Apply) out.add(instance(e.ruleName, e.args).key);
    else if (e instanceof P.Seq) {
      for (const f of e.factors) {
        leftCalls(f, out);
        if (!nullable(f)) break;
      }
    } else if (e instanceof P.Alt) for (const t of e.terms) leftCalls(t, out);
    else if (e instanceof P.Iter || e instanceof P.Lookahead || e instanceof P.Not || e instanceof P.Lex) leftCalls(e.expr, out);
    return out;
  }

  // ------------------------------------------------------------ first characters
  // Which character an expression's match can begin with (after skipped spaces, in a syntactic
  // rule): a table for ASCII, a flag for the rest and one for the end of input. A failing
  // alternative is then ruled out by one table lookup instead of a call. Least fixpoint over the
  // rules (left-recursive rules begin as their seeds do).
  const firstOf = new Map();
  const noFirst = () => ({ chars: new Set(), nonAscii: false, end: false });
  function unionInto(acc, f) {
    for (const c of f.chars) acc.chars.add(c);
    acc.nonAscii ||= f.nonAscii;
    acc.end ||= f.end;
  }
  function addChar(acc, code) {
    if (code < 128) acc.chars.add(code);
    else acc.nonAscii = true;
  }
  function first(e) {
    const acc = noFirst();
    if (e instanceof P.Terminal) {
      if (e.obj.length > 0) addChar(acc, e.obj.charCodeAt(0));
    } else if (e instanceof P.CaseInsensitiveTerminal) {
      const ch = e.obj.obj[0];
      addChar(acc, ch.toLowerCase().charCodeAt(0));
      addChar(acc, ch.toUpperCase().charCodeAt(0));
    } else if (e instanceof P.Range) {
      const from = e.from.codePointAt(0);
      const to = e.to.codePointAt(0);
      for (let c = from; c <= Math.min(to, 127); c++) acc.chars.add(c);
      if (to >= 128) acc.nonAscii = true;
    } else if (e === P.any || e instanceof P.UnicodeChar) {
      for (let c = 0; c < 128; c++) acc.chars.add(c);
      acc.nonAscii = true;
    } else if (e === P.end) {
      acc.end = true;
    } else if (e instanceof P.Apply) {
      unionInto(acc, firstOf.get(instance(e.ruleName, e.args).key) ?? noFirst());
    } else if (e instanceof P.Seq) {
      for (const f of e.factors) {
        if (f instanceof P.Lookahead || f instanceof P.Not) continue;
        unionInto(acc, first(f));
        if (!nullable(f)) break;
      }
    } else if (e instanceof P.Alt) {
      for (const t of e.terms) unionInto(acc, first(t));
    } else if (e instanceof P.Iter || e instanceof P.Lex || e instanceof P.Lookahead) {
      unionInto(acc, first(e.expr));
    }
    return acc;
  }
  const sameFirst = (a, b) => a.nonAscii === b.nonAscii && a.end === b.end && a.chars.size === b.chars.size && [...a.chars].every((c) => b.chars.has(c));
  function computeFirstSets() {
    for (let changed = true; changed;) {
      changed = false;
      for (const inst of instances.values()) {
        const f = first(inst.body);
        const old = firstOf.get(inst.key);
        if (!old || !sameFirst(old, f)) {
          firstOf.set(inst.key, f);
          changed = true;
        }
      }
    }
  }
  const firstTables = new Map(); // bitmap -> table name
  /** A JS condition on `c` (the char code at pos) that holds wherever `e` can match; null if always. */
  function firstTest(e) {
    if (nullable(e)) return null;
    const f = first(e);
    // A guard that lets most characters through costs more than it saves.
    if (f.chars.size > 40) return null;
    const bits = Array.from({ length: 128 }, (_, c) => (f.chars.has(c) ? 1 : 0)).join('');
    let table = firstTables.get(bits);
    if (!table) firstTables.set(bits, (table = `F${firstTables.size}`));
    if (!f.nonAscii && !f.end) return `(c < 128 && ${table}[c] === 1)`;
    return `(c < 128 ? ${table}[c] === 1 : c === c ? ${f.nonAscii} : ${f.end})`;
  }
  /** `code` (which evaluates `e`), run only when the next character can begin `e`. */
  function guarded(e, code, syntactic, known) {
    const test = firstTest(e);
    if (test === null || test === known) return code;
    const p0 = v('g');
    const skip = syntactic ? SKIP : '';
    return `{ const ${p0} = pos; ${skip}const c = input.charCodeAt(pos); pos = ${p0}; if (${test}) { ${code} } else ok = false; }`;
  }

  // ------------------------------------------------------------ character classes
  // A lexical rule that always matches one code point from a set (idStart, digit, `~x any`) is
  // compiled to a table lookup for ASCII and interval tests beyond: no call, no backtracking.
  // Sets are sorted, disjoint [from, to] code point intervals.
  const classMemo = new Map();
  function union(a, b) {
    const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
    const out = [];
    for (const [f, t] of all) {
      const last = out[out.length - 1];
      if (last && f <= last[1] + 1) last[1] = Math.max(last[1], t);
      else out.push([f, t]);
    }
    return out;
  }
  function minus(a, b) {
    let out = a.map((r) => [...r]);
    for (const [bf, bt] of b) {
      const next = [];
      for (const [f, t] of out) {
        if (bt < f || bf > t) next.push([f, t]);
        else {
          if (f < bf) next.push([f, bf - 1]);
          if (bt < t) next.push([bt + 1, t]);
        }
      }
      out = next;
    }
    return out;
  }
  const isSurrogate = (c) => c >= 0xd800 && c <= 0xdfff;
  /** The code points `e` matches one of (always consuming exactly that code point), or null. */
  function classOf(e) {
    if (e instanceof P.Terminal) {
      const cp = e.obj.codePointAt(0);
      return e.obj.length === 1 && !isSurrogate(cp) ? [[cp, cp]] : null;
    }
    if (e instanceof P.Range) {
      const from = e.from.codePointAt(0);
      const to = e.to.codePointAt(0);
      return e.matchCodePoint || to < 0xd800 || from > 0xdfff ? [[from, to]] : null;
    }
    if (e === P.any) return [[0, 0x10ffff]];
    if (e instanceof P.Apply) {
      if (isSyntactic(e.ruleName) || e.args.length > 0) return null;
      if (classMemo.has(e.ruleName)) return classMemo.get(e.ruleName);
      classMemo.set(e.ruleName, null);
      const c = classOf(rules[e.ruleName].body);
      classMemo.set(e.ruleName, c);
      return c;
    }
    if (e instanceof P.Alt) {
      let acc = [];
      for (const t of e.terms) {
        const c = classOf(t);
        if (c === null) return null;
        acc = union(acc, c);
      }
      return acc;
    }
    if (e instanceof P.Seq) {
      // ~x ~y ... z: z without x, y, ...
      const last = e.factors[e.factors.length - 1];
      let acc = last === undefined ? null : classOf(last);
      if (acc === null) return null;
      for (const f of e.factors.slice(0, -1)) {
        if (!(f instanceof P.Not)) return null;
        const c = classOf(f.expr);
        if (c === null) return null;
        acc = minus(acc, c);
      }
      return acc;
    }
    return null;
  }
  /** A JS condition on the code point `c` (undefined at the end) for membership in `set`. */
  function classTest(set) {
    const bits = Array.from({ length: 128 }, (_, c) => (set.some(([f, t]) => f <= c && c <= t) ? 1 : 0)).join('');
    let table = firstTables.get(bits);
    if (!table) firstTables.set(bits, (table = `F${firstTables.size}`));
    const beyond = set.filter(([, t]) => t >= 128).map(([f, t]) => `(c >= ${Math.max(f, 128)} && c <= ${t})`);
    return `c !== undefined && (c < 128 ? ${table}[c] === 1 : ${beyond.length ? beyond.join(' || ') : 'false'})`;
  }

  // ------------------------------------------------------------ code emission
  let labelCount = 0;
  const label = () => `L${labelCount++}`;
  let varCount = 0;
  const v = (base) => `${base}${varCount++}`;
  const lit = (s) => JSON.stringify(s);

  /** Matches a literal at `pos`; returns a JS condition. */
  function matchLiteral(s) {
    if (s.length === 1) return `input.charCodeAt(pos) === ${s.charCodeAt(0)}`;
    if (s.length === 2) return `input.charCodeAt(pos) === ${s.charCodeAt(0)} && input.charCodeAt(pos + 1) === ${s.charCodeAt(1)}`;
    return `input.startsWith(${lit(s)}, pos)`;
  }

  /**
   * Code evaluating `e`. Afterwards `ok` tells whether it matched; when it did, `pos` moved past
   * it and, when `B` (build) is true, e's arity in nodes were pushed on the binding stack
   * (S[sp++]); when it did not, `pos` and `sp` are as before.
   */
  function emit(e, B, syntactic, known = null) {
    if (!B && !syntactic && (e instanceof P.Apply || e instanceof P.Alt || e instanceof P.Seq)) {
      const set = classOf(e);
      if (set !== null) return `{ const c = input.codePointAt(pos); if (${classTest(set)}) { pos += c > 0xffff ? 2 : 1; ok = true; } else ok = false; }`;
    }
    if ((e instanceof P.Apply && e.ruleName !== 'spaces') || e instanceof P.Alt || e instanceof P.Seq) {
      // Inside a guard, the first expression of a sequence needs no guard of its own when it
      // would test the same characters.
      const test = firstTest(e);
      return guarded(e, emitUnguarded(e, B, syntactic, test ?? known), syntactic, known);
    }
    return emitUnguarded(e, B, syntactic);
  }

  function emitUnguarded(e, B, syntactic, known = null) {
    const skip = syntactic && e.allowsSkippingPrecedingSpace() ? SKIP : '';
    if (e instanceof P.Terminal) {
      const s = e.obj;
      if (s.length === 0) return B ? `S[sp++] = new Terminal(pos, pos); ok = true;` : 'ok = true;';
      const p0 = v('p');
      const push = B ? `S[sp++] = new Terminal(pos, pos + ${s.length}); ` : '';
      return `{ const ${p0} = pos; ${skip}if (${matchLiteral(s)}) { ${push}pos += ${s.length}; ok = true; } else { pos = ${p0}; ok = false; } }`;
    }
    if (e instanceof P.CaseInsensitiveTerminal) {
      const s = e.obj.obj;
      const p0 = v('p');
      const push = B ? `S[sp++] = new Terminal(pos, pos + ${s.length}); ` : '';
      return `{ const ${p0} = pos; ${skip}if (input.slice(pos, pos + ${s.length}).toUpperCase() === ${lit(s.toUpperCase())}) { ${push}pos += ${s.length}; ok = true; } else { pos = ${p0}; ok = false; } }`;
    }
    if (e instanceof P.Range) {
      const p0 = v('p');
      const c = v('c');
      const from = e.from.codePointAt(0);
      const to = e.to.codePointAt(0);
      if (e.matchCodePoint) {
        const push = B ? `S[sp++] = new Terminal(pos, pos + n); ` : '';
        return `{ const ${p0} = pos; ${skip}const ${c} = input.codePointAt(pos); if (${c} !== undefined && ${c} >= ${from} && ${c} <= ${to}) { const n = ${c} > 0xffff ? 2 : 1; ${push}pos += n; ok = true; } else { pos = ${p0}; ok = false; } }`;
      }
      const push = B ? `S[sp++] = new Terminal(pos, pos + 1); ` : '';
      return `{ const ${p0} = pos; ${skip}const ${c} = input.charCodeAt(pos); if (${c} >= ${from} && ${c} <= ${to}) { ${push}pos += 1; ok = true; } else { pos = ${p0}; ok = false; } }`;
    }
    if (e === P.any) {
      const p0 = v('p');
      const c = v('c');
      const push = B ? `S[sp++] = new Terminal(pos, pos + n); ` : '';
      return `{ const ${p0} = pos; ${skip}const ${c} = input.codePointAt(pos); if (${c} !== undefined) { const n = ${c} > 0xffff ? 2 : 1; ${push}pos += n; ok = true; } else { pos = ${p0}; ok = false; } }`;
    }
    if (e === P.end) {
      const p0 = v('p');
      const push = B ? `S[sp++] = new Terminal(pos, pos); ` : '';
      return `{ const ${p0} = pos; ${skip}if (pos === input.length) { ${push}ok = true; } else { pos = ${p0}; ok = false; } }`;
    }
    if (e instanceof P.Apply) {
      const inst = instance(e.ruleName, e.args);
      const p0 = v('p');
      if (!isSyntactic(inst.rule)) {
        const p1 = v('q');
        const push = B ? `S[sp++] = new Leaf(${ruleConst(inst.rule)}, ${p1}, pos); ` : '';
        return `{ const ${p0} = pos; ${skip}const ${p1} = pos; if (${inst.fn}()) { ${push}ok = true; } else { pos = ${p0}; ok = false; } }`;
      }
      if (!syntactic) throw new Error(`syntactic rule ${inst.key} applied in a lexical context`);
      const n = v('n');
      const push = B ? `S[sp++] = ${n}; ` : '';
      return `{ const ${p0} = pos; ${skip}const ${n} = ${inst.fn}(); if (${n} !== null) { ${push}ok = true; } else { pos = ${p0}; ok = false; } }`;
    }
    if (e instanceof P.Alt) {
      const allTerminals = e.terms.every((t) => t instanceof P.Terminal && t.obj.length > 0);
      if (allTerminals && e.terms.length > 3) return emitTerminalAlt(e, B, syntactic);
      const L = label();
      return `${L}: { ${e.terms.map((t) => `${emit(t, B, syntactic)} if (ok) break ${L};`).join(' ')} }`;
    }
    if (e instanceof P.Seq) {
      if (e.factors.length === 0) return 'ok = true;';
      if (e.factors.length === 1) return emit(e.factors[0], B, syntactic);
      const L = label();
      const p0 = v('p');
      const n0 = v('b');
      const save = B ? `, ${n0} = sp` : '';
      const restore = B ? ` sp = ${n0};` : '';
      return `{ const ${p0} = pos${save}; ${L}: { ${e.factors.map((f, i) => `${emit(f, B, syntactic, i === 0 ? known : null)} if (!ok) break ${L};`).join(' ')} } if (!ok) { pos = ${p0};${restore} } }`;
    }
    if (e instanceof P.Iter) {
      const min = e instanceof P.Plus ? 1 : 0;
      const once = e instanceof P.Opt;
      const p0 = v('p');
      const count = v('k');
      const arity = e.expr.getArity();
      const loop = `let ${count} = 0; for (;;) { ${emit(e.expr, B && arity > 0, syntactic)} if (!ok) break; ${count}++;${once ? ' break;' : ''} }`;
      if (!B || arity === 0) return `{ const ${p0} = pos; ${loop} ok = ${count} >= ${min}; if (!ok) pos = ${p0}; }`;
      const optional = once ? 'true' : 'false';
      const base = v('b');
      // The matches' bindings lie on the stack row after row; each column becomes an iteration node.
      if (arity === 1) {
        return `{ const ${p0} = pos, ${base} = sp; ${loop} ` +
          `if (${count} >= ${min}) { if (${count} === 0) S[sp++] = ${once ? 'EMPTY_OPT' : 'EMPTY_STAR'}; else { const items = S.slice(${base}, sp); sp = ${base}; S[sp++] = new Iteration(items, items[0].startIdx, items[${count} - 1].endIdx, ${optional}); } ok = true; } else { pos = ${p0}; sp = ${base}; ok = false; } }`;
      }
      return `{ const ${p0} = pos, ${base} = sp; ${loop} ` +
        `if (${count} >= ${min}) { const s = ${count} > 0 ? S[${base}].startIdx : ${p0}, t = ${count} > 0 ? S[sp - 1].endIdx : ${p0}; if (${count} === 0) { sp = ${base}; for (let c = 0; c < ${arity}; c++) S[sp++] = ${once ? 'EMPTY_OPT' : 'EMPTY_STAR'}; } else { const cols = columns(${base}, ${arity}, ${count}); sp = ${base}; for (let c = 0; c < ${arity}; c++) S[sp++] = new Iteration(cols[c], s, t, ${optional}); } ok = true; } else { pos = ${p0}; sp = ${base}; ok = false; } }`;
    }
    if (e instanceof P.Not) {
      const p0 = v('p');
      return `{ const ${p0} = pos; ${emit(e.expr, null, syntactic)} pos = ${p0}; ok = !ok; }`;
    }
    if (e instanceof P.Lookahead) {
      const p0 = v('p');
      return `{ const ${p0} = pos; ${emit(e.expr, B, syntactic)} if (ok) pos = ${p0}; }`;
    }
    if (e instanceof P.Lex) return emit(e.expr, B, false);
    throw new Error(`cannot generate code for ${e.constructor.name}: ${e}`);
  }

  /** An alternation of literals: dispatch on the first character, then try them in order. */
  function emitTerminalAlt(e, B, syntactic) {
    const p0 = v('p');
    const byFirst = new Map();
    for (const t of e.terms) {
      const c = t.obj.charCodeAt(0);
      if (!byFirst.has(c)) byFirst.set(c, []);
      byFirst.get(c).push(t.obj);
    }
    const skip = syntactic ? SKIP : '';
    const cases = [...byFirst].map(([c, strings]) => {
      const tries = strings.map((s) => `if (${matchLiteral(s)}) { len = ${s.length}; break; }`).join(' ');
      return `case ${c}: ${tries} break;`;
    }).join(' ');
    const push = B ? `S[sp++] = new Terminal(pos, pos + len); ` : '';
    return `{ const ${p0} = pos; ${skip}let len = -1; switch (input.charCodeAt(pos)) { ${cases} } if (len >= 0) { ${push}pos += len; ok = true; } else { pos = ${p0}; ok = false; } }`;
  }

  // ------------------------------------------------------------ rules
  const memoTables = [];
  // What the node classes get for each rule (makeParser's ruleInfo(name), by default the name).
  const ruleConsts = new Map();
  const ruleConst = (name) => {
    if (!ruleConsts.has(name)) ruleConsts.set(name, `R_${jsName(name)}`);
    return ruleConsts.get(name);
  };
  const elisions = [];
  const seedStacks = [];
  const starts = ['File', 'Eval', 'Fstring'];
  for (const s of starts) instance(s, []);
  instance('spaces', []);

  // Every instance reachable from the start rules (and the space rule).
  const visited = new Set();
  function discover(e) {
    if (e instanceof P.Apply) {
      const inst = instance(e.ruleName, e.args);
      if (visited.has(inst.key)) return;
      visited.add(inst.key);
      discover(inst.body);
    } else if (e instanceof P.Seq) e.factors.forEach(discover);
    else if (e instanceof P.Alt) e.terms.forEach(discover);
    else if (e instanceof P.Iter || e instanceof P.Lookahead || e instanceof P.Not || e instanceof P.Lex) discover(e.expr);
  }
  for (const s of [...starts, 'spaces', 'space']) discover(new P.Apply(s));

  // Left-call cycles: strongly connected components of the "applies at its own start" graph.
  const graph = new Map([...instances.values()].map((i) => [i.key, [...leftCalls(i.body, new Set())]]));
  const lrRules = new Set();
  // Cycles of one rule through its own cases only (`Primary = Primary dot name -- attribute | ...`,
  // the cases applied from nowhere else) are grown by a lighter loop, equivalent to Ohm's
  // algorithm there: the cases never stay memoized, the rule is the only head.
  const simpleLeftRecursive = new Set();
  const referencedBy = new Map();
  for (const i of instances.values()) {
    const note = (e) => {
      if (e instanceof P.Apply) {
        const k = instance(e.ruleName, e.args).key;
        if (!referencedBy.has(k)) referencedBy.set(k, new Set());
        referencedBy.get(k).add(i.key);
      } else if (e instanceof P.Seq) e.factors.forEach(note);
      else if (e instanceof P.Alt) e.terms.forEach(note);
      else if (e instanceof P.Iter || e instanceof P.Lookahead || e instanceof P.Not || e instanceof P.Lex) note(e.expr);
    };
    note(i.body);
  }
  function simpleHead(comp) {
    for (const h of comp) {
      if (comp.every((m) => m === h || (m.startsWith(h + '_') && [...(referencedBy.get(m) ?? [])].every((r) => r === h)))) return h;
    }
    return null;
  }
  {
    let index = 0;
    const idx = new Map();
    const low = new Map();
    const stack = [];
    const onStack = new Set();
    const strong = (k) => {
      idx.set(k, index);
      low.set(k, index);
      index++;
      stack.push(k);
      onStack.add(k);
      for (const w of graph.get(k) ?? []) {
        if (!idx.has(w)) {
          strong(w);
          low.set(k, Math.min(low.get(k), low.get(w)));
        } else if (onStack.has(w)) low.set(k, Math.min(low.get(k), idx.get(w)));
      }
      if (low.get(k) === idx.get(k)) {
        const comp = [];
        let w;
        do {
          w = stack.pop();
          onStack.delete(w);
          comp.push(w);
        } while (w !== k);
        if (comp.length > 1 || (graph.get(k) ?? []).includes(k)) {
          const head = simpleHead(comp);
          if (head) simpleLeftRecursive.add(head);
          else for (const c of comp) lrRules.add(c);
        }
      }
    };
    for (const k of graph.keys()) if (!idx.has(k)) strong(k);
  }
  computeFirstSets();
  const lrIds = new Map([...lrRules].map((k, i) => [k, i]));
  function describe(e) {
    return e instanceof P.CaseInsensitiveTerminal ? `caseInsensitive<${e.obj.toString()}>` : e.toString();
  }

  function ruleFunction(inst, key) {
    const syntactic = isSyntactic(inst.rule);
    const head = `// ${key} = ${describe(inst.body).replace(/\n/g, ' ')}`;
    if (!syntactic) {
      return `${head}\nfunction ${inst.fn}() { let ok = false; ${emit(inst.body, null, false)} return ok; }`;
    }
    const body = `const base = sp; let ok = false; ${emit(inst.body, true, true)}`;
    const make = `node(${ruleConst(inst.rule)}, base, start, E_${inst.fn})`;
    elisions.push(`const E_${inst.fn} = elision(${lit(inst.rule)});`);
    const counter = profile ? `profileCount(${lit(key)}, pos); ` : '';
    if (simpleLeftRecursive.has(key)) {
      const memo = `memo_${inst.fn}`;
      memoTables.push(memo);
      seedStacks.push(`seedAt_${inst.fn}`, `seed_${inst.fn}`);
      // When growing, an alternative that does not begin with the rule itself matches as it did
      // for the seed: if it is the only such one and comes last, it cannot make the match longer,
      // and the growing loop leaves it out.
      let growBody = `${inst.fn}_body`;
      const terms = inst.body instanceof P.Alt ? inst.body.terms : [inst.body];
      const recursive = terms.map((t) => leftCalls(t, new Set()).has(key) || [...leftCalls(t, new Set())].some((k) => (graph.get(k) ?? []).includes(key)));
      let extra = '';
      if (terms.length > 1 && recursive.slice(0, -1).every(Boolean) && !recursive[recursive.length - 1]) {
        const alt = new P.Alt(terms.slice(0, -1));
        extra = `function ${inst.fn}_grow(start) { const base = sp; let ok = false; ${emit(alt, true, true)} return ok ? ${make} : null; }\n`;
        growBody = `${inst.fn}_grow`;
      }
      return `${head}\nfunction ${inst.fn}_body(start) { ${body} return ok ? ${make} : null; }\n${extra}` +
        `const ${memo}_tags = new Float64Array(MEMO_SLOTS).fill(-1);\nconst ${memo} = new Array(MEMO_SLOTS).fill(null);\nconst seedAt_${inst.fn} = [];\nconst seed_${inst.fn} = [];\n` +
        `function ${inst.fn}() { ${counter}return growLeftRecursive(${inst.fn}_body, ${growBody}, ${memo}_tags, ${memo}, seedAt_${inst.fn}, seed_${inst.fn}); }`;
    }
    if (lrRules.has(key)) {
      const id = lrIds.get(key);
      return `${head}\nfunction ${inst.fn}_body(start) { ${body} return ok ? ${make} : null; }\n` +
        `function ${inst.fn}() { ${counter}return applyLeftRecursive(${id}, ${inst.fn}_body); }`;
    }
    if (MEMOIZED.has(inst.rule) && inst.key === inst.rule) {
      const memo = `memo_${inst.fn}`;
      memoTables.push(memo);
      return `${head}\nconst ${memo}_tags = new Float64Array(MEMO_SLOTS).fill(-1);\nconst ${memo} = new Array(MEMO_SLOTS).fill(null);\n` +
        `function ${inst.fn}() { const start = pos; const slot = start & MEMO_MASK, tag = memoBase + start; if (${memo}_tags[slot] === tag) { const m = ${memo}[slot]; if (m === null) return null; pos = m.endIdx; return m; } ${counter}${body} const r = ok ? ${make} : null; ${memo}_tags[slot] = tag; ${memo}[slot] = r; return r; }`;
    }
    return `${head}\nfunction ${inst.fn}() { const start = pos; ${counter}${body} return ok ? ${make} : null; }`;
  }

  const code = [];
  code.push(`// GENERATED by tools/gen-parser.mjs from grammar/python.ohm (npm run generate). Do not edit.
// A recursive-descent parser with Ohm's matching semantics; see tools/gen-parser.mjs.
/* eslint-disable */
export function makeParser({ Nonterminal, Iteration, Terminal, Leaf }, elision = () => 0, ruleInfo = (name) => name) {
const EMPTY = Object.freeze([]);
// Iterations that matched nothing are all alike: one node each for \`*\` and \`?\`.
const EMPTY_STAR = new Iteration(EMPTY, 0, 0, false);
const EMPTY_OPT = new Iteration(EMPTY, 0, 0, true);
let input = '';
let pos = 0;
let skipFrom = -1;
let skipTo = -1;
// Memo tables are direct-mapped caches (a slot per position modulo MEMO_SLOTS), tagged with the
// parse they belong to: no clearing between parses, no hashing. A lost entry costs only time.
const MEMO_SLOTS = 1024;
const MEMO_MASK = MEMO_SLOTS - 1;
let memoParse = 0;
let memoBase = 0;
// The binding stack: a rule's children are pushed here while it matches (as in Ohm's MatchState),
// and become its node's children only when it succeeds.
const S = [];
let sp = 0;
// A rule's node, or its first child in its place when the semantic actions would only pass that
// child's result through (\`elide\`, from makeParser's caller): 1 when the node has no other child,
// 2 also when its other children are empty iterations.
function node(rule, base, start, elide) {
  if (elide !== 0 && sp > base) {
    const first = S[base];
    if (first instanceof Nonterminal) {
      let only = sp - base === 1;
      if (!only && elide === 2) {
        only = true;
        for (let i = base + 1; i < sp; i++) if (S[i] !== EMPTY_STAR && S[i] !== EMPTY_OPT) { only = false; break; }
      }
      if (only) { sp = base; return first; }
    }
  }
  const count = sp - base;
  const n = new Nonterminal(rule, count === 1 ? [S[base]] : count === 2 ? [S[base], S[base + 1]] : count === 3 ? [S[base], S[base + 1], S[base + 2]] : count === 0 ? [] : S.slice(base, sp), start, pos);
  sp = base;
  return n;
}
function columns(base, arity, count) {
  const cols = [];
  for (let c = 0; c < arity; c++) {
    const col = new Array(count);
    for (let i = 0; i < count; i++) col[i] = S[base + i * arity + c];
    cols.push(col);
  }
  return cols;
}
// Implicit space skipping before every application and terminal in a syntactic rule.
function skip() {
  if (pos === skipFrom) { pos = skipTo; return; }
  const from = pos;
  for (;;) { const c = input.charCodeAt(pos); if (!(${firstTest(new P.Apply('space'))}) || !${instance('space', []).fn}()) break; }
  skipFrom = from;
  skipTo = pos;
}
// A rule left-recursive through its own cases only: the seed is the body's match while the
// rule fails at its position, then the body is matched again with the last result in its place
// while that gets longer (Ohm's growSeedResult); the result is memoized as Ohm does.
function growLeftRecursive(body, growBody, memoTags, memo, seedAt, seeds) {
  const start = pos;
  const top = seedAt.length - 1;
  if (top >= 0 && seedAt[top] === start) {
    const seed = seeds[top];
    if (seed === null) return null;
    pos = seed.endIdx;
    return seed;
  }
  const slot = start & MEMO_MASK, tag = memoBase + start;
  if (memoTags[slot] === tag) {
    const m = memo[slot];
    if (m === null) return null;
    pos = m.endIdx;
    return m;
  }
  seedAt.push(start);
  seeds.push(null);
  let value = body(start);
  if (value !== null) {
    for (;;) {
      seeds[top + 1] = value;
      const end = pos;
      pos = start;
      const next = growBody(start);
      if (next === null || pos <= end) { pos = end; break; }
      value = next;
    }
  }
  seedAt.pop();
  seeds.pop();
  memoTags[slot] = tag;
  memo[slot] = value;
  return value;
}
// Left recursion as ohm-js resolves it (PosInfo.js, pexprs-eval.js: handleCycle, growSeedResult).
const lrActive = new Map();   // position -> ids of the left-recursive rules active there
const lrMemo = new Map();     // position * ${lrRules.size} + id -> memo record
const lrCurrent = new Map();  // position -> the innermost left recursion being grown there
function applyLeftRecursive(id, body) {
  const start = pos;
  let active = lrActive.get(start);
  if (active === undefined) { active = []; lrActive.set(start, active); }
  const key = start * ${lrRules.size} + id;
  if (active.includes(id)) {
    const current = lrCurrent.get(start);
    let rec = lrMemo.get(key);
    if (current !== undefined && current.head === id) {
      for (let i = active.indexOf(id) + 1; i < active.length; i++) if (!current.involved.includes(active[i])) current.involved.push(active[i]);
    } else if (rec === undefined) {
      rec = { length: 0, value: null, head: id, involved: active.slice(active.indexOf(id) + 1), next: current };
      lrMemo.set(key, rec);
      lrCurrent.set(start, rec);
    }
    if (rec.value === null) return null;
    pos = start + rec.length;
    return rec.value;
  }
  let rec = lrMemo.get(key);
  if (rec !== undefined) {
    let use = true;
    if (rec.head !== undefined) for (const a of active) if (rec.involved.includes(a)) { use = false; break; }
    if (use) {
      if (rec.value === null) return null;
      pos = start + rec.length;
      return rec.value;
    }
    lrMemo.delete(key);
  }
  active.push(id);
  let value = body(start);
  const current = lrCurrent.get(start);
  if (current !== undefined && current.head === id) {
    if (value !== null) {
      for (;;) {
        current.length = pos - start;
        current.value = value;
        pos = start;
        value = body(start);
        if (pos - start <= current.length) break;
      }
      pos = start + current.length;
      value = current.value;
    }
    lrCurrent.set(start, current.next);
    lrMemo.set(key, current);
  } else if (current === undefined || !current.involved.includes(id)) {
    lrMemo.set(key, { length: pos - start, value, head: undefined, involved: undefined, next: undefined });
  }
  active.pop();
  return value;
}
`);
  if (profile) code.push(`const profileCounts = new Map();\nfunction profileCount(rule, at) { let m = profileCounts.get(rule); if (!m) profileCounts.set(rule, m = new Map()); m.set(at, (m.get(at) ?? 0) + 1); }\n`);
  for (const inst of [...instances.values()]) code.push(ruleFunction(inst, inst.key));
  const uniqueMemo = memoTables;
  code.push([...firstTables].map(([bits, name]) => `const ${name} = new Uint8Array([${bits.split('').join(',')}]);`).join('\n'));
  code.push(elisions.join('\n'));
  code.push([...ruleConsts].map(([name, c]) => `const ${c} = ruleInfo(${lit(name)});`).join('\n'));
  const entries = starts.map((s) => `${lit(s)}: ${instance(s, []).fn}`).join(', ');
  code.push(`const START = { ${entries} };
/** Matches all of \`text\` from a start rule, as Ohm's grammar.match(text, startRule): the tree, or null. */
function parse(text, startRule) {
  // A parse that ended in an exception (a stack overflow) may have left these behind.
  input = text; pos = 0; skipFrom = -1; skipTo = -1; sp = 0; ${seedStacks.map((x) => `${x}.length = 0;`).join(' ')}
  lrActive.clear(); lrMemo.clear(); lrCurrent.clear();
  if (++memoParse === 1 << 20) { memoParse = 1; ${uniqueMemo.map((m) => `${m}_tags.fill(-1);`).join(' ')} }
  memoBase = memoParse * 4294967296;
  skip();
  const tree = START[startRule]();
  let ok = false;
  if (tree !== null) { skip(); ok = pos === input.length; }
  input = ''; S.length = 0;
  lrActive.clear(); lrMemo.clear(); lrCurrent.clear();
  return ok ? tree : null;
}
${profile ? 'return { parse, profileCounts };' : 'return { parse };'}
}
`);
  return { code: code.join('\n'), leftRecursive: [...lrRules, ...simpleLeftRecursive], instances: instances.size };
}

export const PARSER_DTS = `// GENERATED by tools/gen-parser.mjs from grammar/python.ohm (npm run generate). Do not edit.
export interface ParserNodes<N, I, T, L, R = string> {
  Nonterminal: new (rule: R, children: (N | I | T | L)[], startIdx: number, endIdx: number) => N;
  Iteration: new (children: (N | I | T | L)[], startIdx: number, endIdx: number, optional: boolean) => I;
  Terminal: new (startIdx: number, endIdx: number) => T;
  Leaf: new (rule: R, startIdx: number, endIdx: number) => L;
}
export interface GeneratedParser<N> {
  /** Matches all of \`text\` from a start rule (as Ohm's grammar.match): the tree, or null. */
  parse(text: string, startRule: 'File' | 'Eval' | 'Fstring'): N | null;
  profileCounts?: Map<string, Map<number, number>>;
}
/**
 * \`elision(rule)\`: 0 to keep every node of the rule; 1 to let a node with a single nonterminal
 * child be replaced by that child; 2 also when its other children are empty iterations.
 * \`ruleInfo(rule)\`: what Nonterminal and Leaf nodes receive to stand for their rule (the name
 * by default), made once per rule.
 */
export function makeParser<N, I, T, L, R = string>(nodes: ParserNodes<N, I, T, L, R>, elision?: (rule: string) => 0 | 1 | 2, ruleInfo?: (rule: string) => R): GeneratedParser<N>;
`;

/** Writes generated/python-parser.{js,d.ts} into `outDir`. */
export function writeParser(outDir, options = {}) {
  const source = readFileSync(join(root, 'grammar', 'python.ohm'), 'utf8');
  const { code } = generateParser(source, options);
  writeFileSync(join(outDir, options.profile ? 'python-parser-profile.js' : 'python-parser.js'), code);
  if (!options.profile) writeFileSync(join(outDir, 'python-parser.d.ts'), PARSER_DTS);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  writeParser(outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'generated'), { profile: process.argv.includes('--profile') });
}
