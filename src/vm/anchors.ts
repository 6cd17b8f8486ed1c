// The "anchors" of a traceback line (Python/traceback.c, extract_anchors_from_line): when the
// failing expression is a binary operation or a subscript, CPython 3.11 prints `~~~^^^~~`
// instead of a plain `^^^^^`. It parses the expression's source segment to find the operator
// or the brackets. This is a small expression parser that computes exactly the AST positions
// that check needs (code-point offsets within the segment).

interface Tok {
  kind: 'name' | 'num' | 'str' | 'op' | 'end';
  text: string;
  start: number;
  end: number;
}

interface Node {
  kind: string;
  start: number;
  end: number;
  left?: Node;
  right?: Node;
  value?: Node;
  slice?: Node;
}

class Fail extends Error {}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'lambda', 'await', 'yield', 'for', 'async', 'None', 'True', 'False']);
const STMT_KEYWORDS = new Set(['return', 'raise', 'del', 'pass', 'import', 'from', 'global', 'nonlocal', 'assert', 'break', 'continue', 'def', 'class', 'with', 'while', 'try', 'except', 'finally', 'elif']);
const OPS3 = ['**=', '//=', '>>=', '<<=', '...', '!='];
const OPS2 = ['**', '//', '>>', '<<', '<=', '>=', '==', '!=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='];

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (c === ' ' || c === '\t' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#' ) break;
    if (c === '\\' && (s[i + 1] === '\n' || i + 1 === n)) {
      i += 2;
      continue;
    }
    if (c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    // strings, with optional prefixes
    const pm = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(s.slice(i));
    if (pm && (pm[1] === '' || /^[a-zA-Z]+$/.test(pm[1]!))) {
      const q = pm[2]!;
      i += pm[0].length;
      const raw = /[rR]/.test(pm[1]!);
      for (;;) {
        if (i >= n) throw new Fail();
        if (s[i] === '\\' && !raw) {
          i += 2;
          continue;
        }
        if (s[i] === '\\' && raw) {
          i += 2;
          continue;
        }
        if (s.startsWith(q, i)) {
          i += q.length;
          break;
        }
        i++;
      }
      out.push({ kind: 'str', text: s.slice(start, i), start, end: i });
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(s[i + 1] ?? ''))) {
      const m = /^(0[xXoObB][0-9a-fA-F_]+|([0-9][0-9_]*\.?[0-9_]*|\.[0-9][0-9_]*)([eE][+-]?[0-9_]+)?[jJ]?)/.exec(s.slice(i))!;
      i += m[0].length;
      out.push({ kind: 'num', text: m[0], start, end: i });
      continue;
    }
    if (/[\p{L}_]/u.test(c)) {
      const m = /^[\p{L}\p{N}_\u00b7\u0300-\u036f]+/u.exec(s.slice(i))!;
      i += m[0].length;
      out.push({ kind: 'name', text: m[0], start, end: i });
      continue;
    }
    let op = OPS3.find((o) => s.startsWith(o, i)) ?? OPS2.find((o) => s.startsWith(o, i));
    if (!op) {
      if ('+-*/%@&|^~<>()[]{},:.;=!'.includes(c)) op = c;
      else throw new Fail();
    }
    i += op.length;
    out.push({ kind: 'op', text: op, start, end: i });
  }
  out.push({ kind: 'end', text: '', start: n, end: n });
  return out;
}

const BIN_PREC: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};
const CMP_OPS = new Set(['<', '>', '==', '>=', '<=', '!=', 'in', 'not', 'is']);

class Parser {
  p = 0;
  constructor(readonly t: Tok[]) {}
  peek(k = 0): Tok {
    return this.t[Math.min(this.p + k, this.t.length - 1)]!;
  }
  next(): Tok {
    return this.t[this.p++]!;
  }
  is(text: string): boolean {
    const t = this.peek();
    return (t.kind === 'op' || t.kind === 'name') && t.text === text;
  }
  expect(text: string): Tok {
    if (!this.is(text)) throw new Fail();
    return this.next();
  }

  // star_expressions at statement level: a tuple when commas follow
  exprList(): Node {
    const first = this.namedExpr();
    if (!this.is(',')) return first;
    let last = first;
    while (this.is(',')) {
      this.next();
      if (this.atExprEnd()) break;
      last = this.namedExpr();
    }
    return { kind: 'Tuple', start: first.start, end: last.end };
  }
  atExprEnd(): boolean {
    const t = this.peek();
    return t.kind === 'end' || (t.kind === 'op' && [')', ']', '}', '=', ':'].includes(t.text));
  }
  namedExpr(): Node {
    if (this.peek().kind === 'name' && this.peek(1).text === ':=') {
      const n = this.next();
      this.next();
      const v = this.test();
      return { kind: 'NamedExpr', start: n.start, end: v.end };
    }
    if (this.is('*')) {
      const s = this.next();
      const v = this.orExpr();
      return { kind: 'Starred', start: s.start, end: v.end };
    }
    return this.test();
  }
  test(): Node {
    if (this.is('lambda')) {
      const s = this.next();
      let depth = 0;
      while (!(depth === 0 && this.is(':'))) {
        const t = this.next();
        if (t.kind === 'end') throw new Fail();
        if ('([{'.includes(t.text)) depth++;
        if (')]}'.includes(t.text)) depth--;
      }
      this.next();
      const body = this.test();
      return { kind: 'Lambda', start: s.start, end: body.end };
    }
    const a = this.orTest();
    if (this.is('if')) {
      this.next();
      this.orTest();
      this.expect('else');
      const c = this.test();
      return { kind: 'IfExp', start: a.start, end: c.end };
    }
    return a;
  }
  orTest(): Node {
    let a = this.andTest();
    while (this.is('or')) {
      this.next();
      const b = this.andTest();
      a = { kind: 'BoolOp', start: a.start, end: b.end };
    }
    return a;
  }
  andTest(): Node {
    let a = this.notTest();
    while (this.is('and')) {
      this.next();
      const b = this.notTest();
      a = { kind: 'BoolOp', start: a.start, end: b.end };
    }
    return a;
  }
  notTest(): Node {
    if (this.is('not')) {
      const s = this.next();
      const v = this.notTest();
      return { kind: 'UnaryOp', start: s.start, end: v.end };
    }
    return this.comparison();
  }
  comparison(): Node {
    let a = this.orExpr();
    let isCmp = false;
    for (;;) {
      const t = this.peek();
      if (!(t.kind === 'op' || t.kind === 'name') || !CMP_OPS.has(t.text)) break;
      if (t.text === 'not' && this.peek(1).text !== 'in') break;
      this.next();
      if (t.text === 'not' || (t.text === 'is' && this.is('not'))) this.next();
      const b = this.orExpr();
      a = { kind: 'Compare', start: a.start, end: b.end };
      isCmp = true;
    }
    void isCmp;
    return a;
  }
  orExpr(minPrec = 1): Node {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'op') break;
      const prec = BIN_PREC[t.text];
      if (prec === undefined || prec < minPrec) break;
      this.next();
      const right = this.orExpr(prec + 1);
      left = { kind: 'BinOp', start: left.start, end: right.end, left, right };
    }
    return left;
  }
  unary(): Node {
    if (this.is('-') || this.is('+') || this.is('~')) {
      const s = this.next();
      const v = this.unary();
      return { kind: 'UnaryOp', start: s.start, end: v.end };
    }
    return this.power();
  }
  power(): Node {
    let base: Node;
    if (this.is('await')) {
      const s = this.next();
      const v = this.primary();
      base = { kind: 'Await', start: s.start, end: v.end };
    } else base = this.primary();
    if (this.is('**')) {
      this.next();
      const e = this.unary();
      return { kind: 'BinOp', start: base.start, end: e.end, left: base, right: e };
    }
    return base;
  }
  primary(): Node {
    let a = this.atom();
    for (;;) {
      if (this.is('.')) {
        this.next();
        const n = this.next();
        if (n.kind !== 'name') throw new Fail();
        a = { kind: 'Attribute', start: a.start, end: n.end };
      } else if (this.is('(')) {
        this.next();
        this.skipTo(')');
        const e = this.next();
        a = { kind: 'Call', start: a.start, end: e.end };
      } else if (this.is('[')) {
        this.next();
        const sl = this.slices();
        const e = this.expect(']');
        a = { kind: 'Subscript', start: a.start, end: e.end, value: a, slice: sl };
      } else return a;
    }
  }
  /** Skips a bracketed region up to (not including) the matching `close`. */
  skipTo(close: string): void {
    let depth = 0;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'end') throw new Fail();
      if (t.kind === 'op') {
        if (depth === 0 && t.text === close) return;
        if ('([{'.includes(t.text)) depth++;
        else if (')]}'.includes(t.text)) depth--;
      }
      this.next();
    }
  }
  slices(): Node {
    const first = this.slice();
    if (!this.is(',')) return first;
    let last = first;
    while (this.is(',')) {
      this.next();
      if (this.is(']')) break;
      last = this.slice();
    }
    return { kind: 'Tuple', start: first.start, end: last.end };
  }
  slice(): Node {
    let start = -1;
    let end = -1;
    const mark = (n: Node): void => {
      if (start < 0) start = n.start;
      end = n.end;
    };
    if (!this.is(':')) {
      const lo = this.namedExpr();
      if (!this.is(':')) return lo;
      mark(lo);
    }
    const colon = this.next();
    if (start < 0) start = colon.start;
    end = colon.end;
    if (!this.is(':') && !this.is(',') && !this.is(']')) mark(this.test());
    if (this.is(':')) {
      const c2 = this.next();
      end = c2.end;
      if (!this.is(',') && !this.is(']')) mark(this.test());
    }
    return { kind: 'Slice', start, end };
  }
  atom(): Node {
    const t = this.next();
    if (t.kind === 'name') {
      if (KEYWORDS.has(t.text) && !['None', 'True', 'False'].includes(t.text)) throw new Fail();
      if (STMT_KEYWORDS.has(t.text)) throw new Fail();
      return { kind: 'Name', start: t.start, end: t.end };
    }
    if (t.kind === 'num') return { kind: 'Constant', start: t.start, end: t.end };
    if (t.kind === 'str') {
      let end = t.end;
      while (this.peek().kind === 'str') end = this.next().end;
      return { kind: 'Constant', start: t.start, end };
    }
    if (t.kind === 'op') {
      if (t.text === '...') return { kind: 'Constant', start: t.start, end: t.end };
      if (t.text === '(') {
        if (this.is(')')) return { kind: 'Tuple', start: t.start, end: this.next().end };
        const inner = this.namedExpr();
        if (this.is(')')) {
          this.next();
          return inner;
        }
        // a tuple or a generator expression: positions include the parentheses
        this.skipTo(')');
        const e = this.next();
        return { kind: 'Tuple', start: t.start, end: e.end };
      }
      if (t.text === '[' || t.text === '{') {
        this.skipTo(t.text === '[' ? ']' : '}');
        const e = this.next();
        return { kind: 'Display', start: t.start, end: e.end };
      }
    }
    throw new Fail();
  }
}

/** The statement of a one-line segment if it is an expression statement. */
function parseExprStmt(segment: string): Node | null {
  try {
    const toks = tokenize(segment);
    if (toks.length === 1) return null;
    const p = new Parser(toks);
    const e = p.exprList();
    if (p.peek().kind !== 'end') {
      // `;`-separated statements or an assignment: not a single Expr statement.
      return null;
    }
    return e;
  } catch (e) {
    if (e instanceof Fail) return null;
    throw e;
  }
}

export interface Anchors {
  leftEnd: number;
  rightStart: number;
  primary: string;
  secondary: string;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f' || c === '\n' || c === '\r' || c === '\v';

/** `_extract_caret_anchors_from_line_segment`: offsets relative to the segment, or null. */
export function extractAnchors(segment: string): Anchors | null {
  const e = parseExprStmt(segment);
  if (e === null) return null;
  if (e.kind === 'BinOp') {
    const opStr = segment.slice(e.left!.end, e.right!.start);
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = e.left!.end + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    return { leftEnd: left, rightStart: right, primary: '~', secondary: '^' };
  }
  if (e.kind === 'Subscript') {
    let left = e.value!.end;
    let right = e.slice!.end + 1;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] !== '[')) left++;
    while (right < segment.length && (isSpace(segment[right]) || segment[right] !== ']')) right++;
    if (right < segment.length) right++;
    return { leftEnd: left, rightStart: right, primary: '~', secondary: '^' };
  }
  return null;
}
