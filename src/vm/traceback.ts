// Traceback objects and the uncaught-exception report, character for character as CPython
// 3.11 prints it (Python/traceback.c tb_displayline / tb_printinternal, Python/pythonrun.c
// print_exception_recursive): source lines, `^^^^` position markers with BinOp/Subscript
// anchors, "[Previous line repeated N more times]", chained exceptions, suggestions, notes.

import { SyntaxError as SyntaxErrorT } from './exceptions.js';
import { readFileSync } from 'node:fs';
import { PyObject, type Value } from './object.js';
import { builtinType, None, objectType, typeOf } from './type.js';
import type { Frame } from './frame.js';
import { AttributeError, ImportError, excIs, NameError, PyBaseException, SyntaxError, BaseExceptionGroup } from './exceptions.js';
import { str, strValue, getAttrOpt, toArray, repr } from './abstract.js';
import { extractAnchors } from './anchors.js';
import { offerSuggestions } from './suggestions.js';
import { PyTuple } from './tuple.js';

export const tracebackType = builtinType('traceback', objectType, 0);

export class PyTraceback extends PyObject {
  next: PyTraceback | null;
  frame: Frame;
  lasti: number;
  private line = -2;
  /** `lasti` counts code units; `lineno` (types.TracebackType(...)) overrides the computed line. */
  constructor(next: PyTraceback | null, frame: Frame, lasti: number, lineno?: number) {
    super(tracebackType);
    this.next = next;
    this.frame = frame;
    this.lasti = lasti;
    if (lineno !== undefined) this.line = lineno;
  }
  get lineno(): number {
    if (this.line === -2) this.line = this.frame.info.line(this.lasti);
    return this.line;
  }
}

// --- source lines ---------------------------------------------------------------------------

const sourceCache = new Map<string, string[] | null>();

/** Lines of a source file as TextIOWrapper reads them (universal newlines, no terminator). */
export function sourceLines(filename: string): string[] | null {
  if (sourceCache.has(filename)) return sourceCache.get(filename)!;
  let lines: string[] | null = null;
  if (!(filename.startsWith('<') && filename.endsWith('>'))) {
    try {
      let text = readFileSync(filename, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      lines = text.split(/\r\n|\r|\n/);
    } catch {
      lines = null;
    }
  }
  sourceCache.set(filename, lines);
  return lines;
}

/** Registers source text for a filename that is not on disk (e.g. `<string>` is never shown). */
export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/\r\n|\r|\n/));
}

function utf8ToCharOffset(line: string, byteOffset: number): number {
  const bytes = Buffer.from(line, 'utf8');
  if (byteOffset > bytes.length) byteOffset = bytes.length;
  const s = bytes.subarray(0, byteOffset).toString('utf8');
  return [...s].length;
}

const INDENT = 4;

function displayLine(out: string[], tb: PyTraceback, filename: string, lineno: number, name: string): void {
  out.push(`  File "${filename}", line ${lineno}, in ${name}\n`);
  const lines = sourceLines(filename);
  if (lines === null || lineno < 1 || lineno > lines.length) return;
  const full = lines[lineno - 1]!;
  // strip the indentation (spaces, tabs, form feeds)
  let i = 0;
  while (i < full.length && (full[i] === ' ' || full[i] === '\t' || full[i] === '\f')) i++;
  out.push('    ' + full.slice(i) + '\n');
  const truncation = i - INDENT;
  const chars = [...full];
  const sourceLen = chars.length;
  const pos = tb.frame.info.position(tb.lasti);
  if (pos.line < 0 || pos.endLine < 0 || pos.col < 0 || pos.endCol < 0) return;
  let start = utf8ToCharOffset(full, pos.col);
  let end = utf8ToCharOffset(full, pos.endCol);
  let leftEnd = -1;
  let rightStart = -1;
  let primary = '^';
  let secondary = '^';
  if (pos.line === pos.endLine) {
    const segment = chars.slice(start, end).join('');
    const a = extractAnchors(segment);
    if (a) {
      leftEnd = [...segment.slice(0, a.leftEnd)].length + start;
      rightStart = [...segment.slice(0, a.rightStart)].length + start;
      primary = a.primary;
      secondary = a.secondary;
    }
  } else {
    let k = sourceLen;
    while (--k >= 0) {
      const c = chars[k];
      if (!(c === ' ' || c === '\t' || c === '\f')) break;
    }
    end = k + 1;
  }
  const strippedLen = sourceLen - truncation - INDENT;
  const special = leftEnd !== -1 || rightStart !== -1;
  if (end - start === strippedLen && !special) return;
  let s = '';
  for (let off = truncation + 1; off <= end; off++) {
    if (off <= start) s += ' ';
    else if (special && leftEnd < off && off <= rightStart) s += secondary;
    else s += primary;
  }
  out.push(s + '\n');
  void start;
}

const RECURSIVE_CUTOFF = 3;

function repeated(cnt: number): string {
  const n = cnt - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/** tb_printinternal: the "File ..." entries of a traceback chain. */
export function formatTracebackEntries(tb: PyTraceback | null, limit = 1000): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let t = tb; t; t = t.next) depth++;
  while (tb !== null && depth > limit) {
    depth--;
    tb = tb.next;
  }
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let cnt = 0;
  for (let t = tb; t !== null; t = t.next) {
    const info = t.frame.info;
    const lineno = t.lineno;
    if (lastFile === null || info.filename !== lastFile || lastLine === -1 || lineno !== lastLine || lastName === null || info.name !== lastName) {
      if (cnt > RECURSIVE_CUTOFF) out.push(repeated(cnt));
      lastFile = info.filename;
      lastLine = lineno;
      lastName = info.name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= RECURSIVE_CUTOFF) displayLine(out, t, info.filename, lineno, info.name);
  }
  if (cnt > RECURSIVE_CUTOFF) out.push(repeated(cnt));
  return out;
}

/** The last line of a report: `module.Qualname: message` plus suggestions. */
export function formatExceptionOnly(exc: Value): string {
  const t = typeOf(exc);
  const mod = t.isHeap() ? t.ns.get('__module__') : t.moduleName;
  const modName = mod === undefined ? null : strValue(mod);
  let name = t.isHeap() ? t.qualname : t.name;
  if (modName === undefined || modName === null) name = '<unknown>.' + name;
  else if (modName !== 'builtins' && modName !== '__main__') name = `${modName}.${name}`;
  let out = '';
  if (exc instanceof PyBaseException && excIs(exc, SyntaxError)) {
    const r = formatSyntaxErrorLines(exc);
    if (r !== null) {
      out += r.head;
      let msg: string;
      try {
        msg = str(exc.field('msg') === None ? (exc.args[0] ?? '') : exc.field('msg'));
      } catch {
        msg = '<exception str() failed>';
      }
      return out + (msg ? `${name}: ${msg}\n` : `${name}\n`);
    }
  }
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  out += msg === '' ? name : `${name}: ${msg}`;
  if (exc instanceof PyBaseException && (excIs(exc, NameError) || excIs(exc, AttributeError) || excIs(exc, ImportError))) {
    try {
      const sug = offerSuggestions(exc);
      if (sug !== null) out += `. Did you mean: ${repr(sug)}?`;
    } catch {
      // suggestions never fail the report
    }
  }
  out += '\n';
  if (exc instanceof PyBaseException && exc.dict !== null) {
    const notes = exc.dict.getStr('__notes__');
    if (notes !== undefined) {
      try {
        for (const n of toArray(notes)) {
          const s = strValue(n);
          out += (s !== undefined ? s : safeStr(n)) + '\n';
        }
      } catch {
        out += `${safeRepr(notes)}\n`;
      }
    }
  }
  return out;
}

function safeStr(v: Value): string {
  try {
    return str(v);
  } catch {
    return '<note str() failed>';
  }
}

function safeRepr(v: Value): string {
  try {
    return repr(v);
  } catch {
    return '<__notes__ repr() failed>';
  }
}

function formatSyntaxErrorLines(exc: PyBaseException): { head: string } | null {
  // parse_syntax_error + print_exception_file_and_line + print_error_text (pythonrun.c)
  const filename = exc.field('filename');
  const lineno = exc.field('lineno');
  const text = exc.field('text');
  const offsetV = exc.field('offset');
  if (typeof lineno !== 'number' && typeof lineno !== 'bigint' && typeof lineno !== 'boolean') return null;
  if (offsetV !== None && typeof offsetV !== 'number' && typeof offsetV !== 'bigint' && typeof offsetV !== 'boolean') return null;
  const ln = Number(lineno);
  let offset = offsetV === None ? -1 : Number(offsetV);
  let endLineno = ln;
  let endOffset = -1;
  if (typeOf(exc) === SyntaxErrorT) {
    const el = exc.field('end_lineno');
    const eo = exc.field('end_offset');
    if (el !== None && el !== undefined) endLineno = Number(el);
    if (eo !== None && eo !== undefined) endOffset = Number(eo);
  }
  let head = `  File "${filename === None ? '<string>' : str(filename)}", line ${ln}\n`;
  if (text !== None && text !== undefined) {
    let t = str(text);
    const size = t.length;
    if (endLineno > ln) endOffset = size;
    if (endOffset > size + 1) endOffset = size + 1;
    const reps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset--;
    let k = 0;
    while (k < t.length && (t[k] === ' ' || t[k] === '\t' || t[k] === '\f')) k++;
    t = t.slice(k);
    offset -= k;
    let len = t.length;
    if (len > 0 && t[len - 1] === '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
      const nl = t.indexOf('\n');
      if (nl < 0 || nl >= offset) break;
      t = t.slice(nl + 1);
      len -= nl + 1;
      offset -= nl + 1;
    }
    head += '    ' + t;
    if (t[len] !== '\n') head += '\n';
    if (offset >= 0) head += '    ' + ' '.repeat(offset) + '^'.repeat(reps) + '\n';
  }
  return { head };
}

/** The state of print_exception_recursive (Python/pythonrun.c, 3.11). */
interface PrintCtx {
  seen: Set<Value>;
  depth: number;
  needClose: boolean;
  out: string[];
}

function indentOf(ctx: PrintCtx): string {
  return ' '.repeat(2 * ctx.depth);
}

function marginOf(ctx: PrintCtx): string {
  return ctx.depth ? '| ' : '';
}

/** print_exception_recursive: the whole report for an uncaught exception. */
export function formatException(exc: Value, seen = new Set<Value>()): string {
  const ctx: PrintCtx = { seen, depth: 0, needClose: false, out: [] };
  printRecursive(ctx, exc);
  return ctx.out.join('');
}

function printRecursive(ctx: PrintCtx, value: Value): void {
  ctx.seen.add(value);
  if (value instanceof PyBaseException) {
    const cause = value.cause;
    const context = value.context;
    if (cause !== null && !ctx.seen.has(cause)) {
      printChained(ctx, cause, '\nThe above exception was the direct cause of the following exception:\n');
    } else if (context !== null && !value.suppressContext && !ctx.seen.has(context)) {
      printChained(ctx, context, '\nDuring handling of the above exception, another exception occurred:\n');
    }
    if (excIs(value, BaseExceptionGroup)) {
      printGroup(ctx, value);
      return;
    }
  }
  printOne(ctx, value);
}

function printChained(ctx: PrintCtx, value: Value, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, value);
  ctx.needClose = needClose;
  // print_chained: margin, "\n", margin, message ("\nThe above...:\n"), margin, "\n"
  const im = indentOf(ctx) + marginOf(ctx);
  ctx.out.push(im + '\n');
  ctx.out.push(im + message.replace(/^\n/, '') + '');
  ctx.out.push(im + '\n');
}

/** print_exception: traceback (with its header), then the exception's own lines. */
function printOne(ctx: PrintCtx, value: Value): void {
  const indent = indentOf(ctx);
  const margin = marginOf(ctx);
  if (value instanceof PyBaseException && value.traceback !== null) {
    let header = 'Traceback (most recent call last):';
    let headerMargin = margin;
    if (excIs(value, BaseExceptionGroup)) {
      header = 'Exception Group Traceback (most recent call last):';
      if (ctx.depth === 1) headerMargin = '+ ';
    }
    ctx.out.push(indent + headerMargin + header + '\n');
    for (const entry of formatTracebackEntries(value.traceback, tracebackLimit())) {
      for (const line of entry.replace(/\n$/, '').split('\n')) ctx.out.push(indent + margin + line + '\n');
    }
  }
  const only = formatExceptionOnly(value);
  if (ctx.depth === 0) {
    ctx.out.push(only);
    return;
  }
  const lines = only.replace(/\n$/, '').split('\n');
  // a SyntaxError's source line and caret (print_error_text) carry no margin
  let raw = new Set<number>();
  if (value instanceof PyBaseException && excIs(value, SyntaxErrorT) && lines[0]?.startsWith('  File ')) {
    const text = value.field('text');
    if (text !== undefined && text !== None && lines.length > 2) {
      raw.add(1);
      if (/^ *\^+$/.test(lines[2]!)) raw.add(2);
    }
  }
  lines.forEach((line, i) => ctx.out.push((raw.has(i) ? '' : indent + margin) + line + '\n'));
  raw = new Set();
}

function printGroup(ctx: PrintCtx, value: PyBaseException): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    ctx.out.push(indentOf(ctx) + marginOf(ctx) + `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return;
  }
  if (ctx.depth === 0) ctx.depth += 1;
  printOne(ctx, value);
  const excs = value.field('exceptions');
  const items = excs instanceof PyTuple ? excs.items : [];
  const n = items.length <= MAX_GROUP_WIDTH ? items.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    ctx.out.push(indentOf(ctx) + (i === 0 ? '+-' : '  ') + (truncated ? '+---------------- ... ----------------\n' : `+---------------- ${i + 1} ----------------\n`));
    ctx.depth += 1;
    if (!truncated) printRecursive(ctx, items[i]!);
    else {
      const rest = items.length - MAX_GROUP_WIDTH;
      ctx.out.push(indentOf(ctx) + marginOf(ctx) + `and ${rest} more exception${rest > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(indentOf(ctx) + '+------------------------------------\n');
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth === 1) ctx.depth -= 1;
}

let limitHook: () => number = () => 1000;
export function setTracebackLimitHook(h: () => number): void {
  limitHook = h;
}
function tracebackLimit(): number {
  return limitHook();
}

// --- exception groups (print_exception_group, 3.11) -----------------------------------------

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

export { getAttrOpt };
