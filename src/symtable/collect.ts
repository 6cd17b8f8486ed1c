// Pass 1 of the symbol table (the `symtable_visit_*` functions of CPython 3.11's
// Python/symtable.c): walks the AST once, opens a block for every scope, and records the raw
// facts about each name in the block where it occurs: bound here, a parameter here, used
// here, declared global or nonlocal here. Errors that need only these facts are raised on the
// spot, in visiting order. Which scope each name finally has is pass 2's job (analyze.ts).
//
// The visiting order is CPython's, field by field, because it decides which of two errors is
// reported and the order of symbols and children (e.g. an assignment's targets are visited
// before its value, a dict's keys before its values, a try's `else` before its handlers).

import type * as ast from '../../generated/ast.js';
import { CompileRecursionError, MESSAGES, rangedError, type Location } from './errors.js';
import { SymtableEntry, type BlockNode, type BlockType, type ComprehensionKind } from './entry.js';
import { DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE } from './flags.js';
import { CO_FUTURE_ANNOTATIONS, type FutureFeatures } from './future.js';
import { mangle } from './mangle.js';

/** The blocks pass 1 built: the module block and the node-to-block map. */
export interface CollectedBlocks {
  top: SymtableEntry;
  blocks: Map<BlockNode, SymtableEntry>;
}

const NO_LOCATION: Location = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/**
 * CPython counts every statement, expression and pattern on the way down against
 * `sys.getrecursionlimit()` (1000 by default) times COMPILER_STACK_FRAME_SCALE (3), starting
 * from 3 per Python frame already on the stack of the thread that compiles.
 */
const COMPILER_STACK_FRAME_SCALE = 3;
const DEFAULT_RECURSION_LIMIT = 1000;

export interface CollectOptions {
  /**
   * Python frames on the stack when CPython would build this table: the depth at which its
   * "maximum recursion depth exceeded during compilation" starts counting. `compile()` called
   * from a script's top level sees 1; `symtable.symtable()` called there, 2. Default 0.
   */
  pythonFrames?: number;
}

export function collectSymbols(mod: ast.mod, future: FutureFeatures, options: CollectOptions = {}): CollectedBlocks {
  return new Collector(future, (options.pythonFrames ?? 0) * COMPILER_STACK_FRAME_SCALE).run(mod);
}

class Collector {
  /** Open blocks, innermost last (`st_stack`). */
  private readonly stack: SymtableEntry[] = [];
  private readonly blocks = new Map<BlockNode, SymtableEntry>();
  /** The module block, whose symbols `global` statements anywhere also update (`st_global`). */
  private global!: SymtableEntry;
  /** Name of the innermost enclosing class, for mangling (`st_private`). */
  private privateName: string | null = null;
  private readonly futureAnnotations: boolean;
  /** Nesting of statements, expressions and patterns being visited, against `limit`. */
  private depth: number;
  private readonly limit = DEFAULT_RECURSION_LIMIT * COMPILER_STACK_FRAME_SCALE;

  constructor(future: FutureFeatures, startingDepth: number) {
    this.futureAnnotations = (future.features & CO_FUTURE_ANNOTATIONS) !== 0;
    this.depth = startingDepth;
  }

  private get cur(): SymtableEntry {
    return this.stack[this.stack.length - 1]!;
  }

  run(mod: ast.mod): CollectedBlocks {
    const top = this.enterBlock('top', 'module', mod, NO_LOCATION);
    switch (mod._type) {
      case 'Module':
      case 'Interactive':
        this.visitStmts(mod.body);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        break;
      case 'FunctionType':
        throw new Error('this compiler does not handle FunctionTypes');
    }
    this.exitBlock();
    return { top, blocks: this.blocks };
  }

  // ---- Blocks

  private enterBlock(name: string, type: BlockType, node: BlockNode, loc: Location): SymtableEntry {
    const prev = this.stack.length > 0 ? this.cur : null;
    const entry = new SymtableEntry(type, name, node, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
    if (prev !== null) {
      entry.nested = prev.nested || prev.type === 'function';
      // bpo-37757: no `:=` anywhere inside a comprehension's iterable, even in nested blocks.
      entry.compIterExpr = prev.compIterExpr;
    }
    this.blocks.set(node, entry);
    this.stack.push(entry);
    // Annotation blocks are left out of the tree: under PEP 563 annotations become strings.
    if (type === 'annotation') return entry;
    if (type === 'module') this.global = entry;
    if (prev !== null) prev.children.push(entry);
    return entry;
  }

  private exitBlock(): void {
    this.stack.pop();
  }

  // ---- Recording names

  /** The flags recorded so far for `name` in the current block (`symtable_lookup`). */
  private lookup(name: string): number {
    return this.cur.getSymbol(mangle(this.privateName, name));
  }

  private addDef(name: string, flag: number, loc: Location): void {
    this.addDefIn(this.cur, name, flag, loc);
  }

  /** `symtable_add_def_helper`: records `flag` for `name` in `entry`. */
  private addDefIn(entry: SymtableEntry, name: string, flag: number, loc: Location): void {
    const mangled = mangle(this.privateName, name);
    const old = entry.symbols.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) throw rangedError(MESSAGES.duplicateArgument(name), loc);
      val = old | flag;
    }
    if (entry.compIterTarget) {
      // An iteration variable of a comprehension: it must not be a `:=` target seen before.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) throw rangedError(MESSAGES.namedExprCompInnerLoopConflict(name), loc);
      val |= DEF_COMP_ITER;
    }
    entry.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      entry.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const symbols = this.global.symbols;
      symbols.set(mangled, flag | (symbols.get(mangled) ?? 0));
    }
  }

  private recordDirective(name: string, loc: Location): void {
    const { lineno, col_offset, end_lineno, end_col_offset } = loc;
    this.cur.directives.push({ name: mangle(this.privateName, name), lineno, col_offset, end_lineno, end_col_offset });
  }

  // ---- Statements

  private visitStmts(body: readonly ast.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitStmt(s: ast.stmt): void {
    if (++this.depth > this.limit) throw new CompileRecursionError();
    this.visitStmtKind(s);
    this.depth--;
  }

  private visitStmtKind(s: ast.stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitOptionalExprs(s.args.kw_defaults);
        this.visitAnnotations(s, s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'function', s, s);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, 'class', s, s);
        const outer = this.privateName;
        this.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = outer;
        this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global':
      case 'Nonlocal':
        this.visitDeclaration(s);
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      default:
        assertNever(s);
    }
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target._type === 'Name') {
      const cur = this.lookup(target.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.global && s.simple) {
        const msg = cur & DEF_GLOBAL ? MESSAGES.globalAnnot(target.id) : MESSAGES.nonlocalAnnot(target.id);
        throw rangedError(msg, s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      if (s.value) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  /** `global` / `nonlocal`: an error if the name was already used, bound or annotated in this block. */
  private visitDeclaration(s: ast.Global | ast.Nonlocal): void {
    const isGlobal = s._type === 'Global';
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = isGlobal ? MESSAGES.globalParam(name) : MESSAGES.nonlocalParam(name);
        else if (cur & USE) msg = isGlobal ? MESSAGES.globalAfterUse(name) : MESSAGES.nonlocalAfterUse(name);
        else if (cur & DEF_ANNOT) msg = isGlobal ? MESSAGES.globalAnnot(name) : MESSAGES.nonlocalAnnot(name);
        else msg = isGlobal ? MESSAGES.globalAfterAssign(name) : MESSAGES.nonlocalAfterAssign(name);
        throw rangedError(msg, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.type !== 'module') throw rangedError(MESSAGES.importStar(), a);
      return;
    }
    // `import a.b.c` binds `a`.
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, a);
  }

  // ---- Parameters and annotations

  /** Parameters, inside the function's block; defaults and annotations belong to the enclosing one. */
  private visitArguments(a: ast.arguments): void {
    for (const arg of a.posonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.args) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.kwonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /** A function's parameter and return annotations, in CPython's order (`*args` and `**kwargs` before keyword-only). */
  private visitAnnotations(s: ast.FunctionDef | ast.AsyncFunctionDef, a: ast.arguments, returns: ast.expr | null): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', s, s);
    for (const arg of a.posonlyargs) if (arg.annotation) this.visitExpr(arg.annotation);
    for (const arg of a.args) if (arg.annotation) this.visitExpr(arg.annotation);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation) this.visitExpr(arg.annotation);
    if (this.futureAnnotations) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitAnnotation(annotation: ast.expr): void {
    if (this.futureAnnotations) this.enterBlock('_annotation', 'annotation', annotation, annotation);
    this.visitExpr(annotation);
    if (this.futureAnnotations) this.exitBlock();
  }

  // ---- Expressions

  private visitExprs(exprs: readonly ast.expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  private visitOptionalExprs(exprs: readonly (ast.expr | null)[]): void {
    for (const e of exprs) if (e) this.visitExpr(e);
  }

  private visitExpr(e: ast.expr): void {
    if (++this.depth > this.limit) throw new CompileRecursionError();
    this.visitExprKind(e);
    this.depth--;
  }

  private visitExprKind(e: ast.expr): void {
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.visitNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitOptionalExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitOptionalExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.visitComprehension(e, 'genexpr', 'generator', e.elt, null);
        break;
      case 'ListComp':
        this.visitComprehension(e, 'listcomp', 'list', e.elt, null);
        break;
      case 'SetComp':
        this.visitComprehension(e, 'setcomp', 'set', e.elt, null);
        break;
      case 'DictComp':
        this.visitComprehension(e, 'dictcomp', 'dict', e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) throw rangedError(MESSAGES.yieldInComprehension(this.cur.comprehension), e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, e);
        // `super()` needs the implicit `__class__` cell: count it as a use of `__class__`.
        if (e.ctx._type === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
      default:
        assertNever(e);
    }
  }

  private raiseIfAnnotationBlock(what: string, e: ast.expr): void {
    if (this.cur.type === 'annotation') throw rangedError(MESSAGES.annotationNotAllowed(what), e);
  }

  private visitNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) throw rangedError(MESSAGES.namedExprCompIterExpr(), e);
    // Inside a comprehension, the target is bound in the nearest enclosing non-comprehension scope.
    if (this.cur.comprehension) this.extendNamedExprScope(e.target as ast.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** `symtable_extend_namedexpr_scope`: binds a comprehension's `:=` target in the enclosing function or module. */
  private extendNamedExprScope(target: ast.Name): void {
    // Note: CPython looks the target up unmangled in the enclosing blocks (but records it mangled).
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const entry = this.stack[i]!;
      if (entry.comprehension) {
        if (entry.getSymbol(name) & DEF_COMP_ITER) throw rangedError(MESSAGES.namedExprCompConflict(name), target);
        continue;
      }
      if (entry.type === 'function') {
        this.addDef(name, entry.getSymbol(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefIn(entry, name, DEF_LOCAL, target);
        return;
      }
      if (entry.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefIn(entry, name, DEF_GLOBAL, target);
        return;
      }
      if (entry.type === 'class') throw rangedError(MESSAGES.namedExprCompInClass(), target);
      // Annotation blocks are passed over.
    }
    throw new Error('symtable: no scope found for an assignment expression target');
  }

  /**
   * A comprehension: the outermost iterable is evaluated in the enclosing block; the rest lives
   * in a new function block that receives that iterator as its implicit parameter `.0`.
   */
  private visitComprehension(
    e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp,
    scopeName: string,
    kind: ComprehensionKind,
    elt: ast.expr,
    value: ast.expr | null,
  ): void {
    const isGenerator = kind === 'generator';
    const outermost = e.generators[0]!;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const entry = this.enterBlock(scopeName, 'function', e, e);
    entry.comprehension = kind;
    if (outermost.is_async) entry.coroutine = true;
    this.addDef('.0', DEF_PARAM, entry.location);
    entry.compIterTarget = true;
    this.visitExpr(outermost.target);
    entry.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < e.generators.length; i++) this.visitGenerator(e.generators[i]!);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    entry.generator = isGenerator;
    const isAsync = entry.coroutine && !isGenerator;
    this.exitBlock();
    // An asynchronous list/set/dict comprehension makes the enclosing block a coroutine too.
    if (isAsync) this.cur.coroutine = true;
  }

  /** A `for ... in ... if ...` clause after the first, inside the comprehension's block. */
  private visitGenerator(c: ast.comprehension): void {
    const entry = this.cur;
    entry.compIterTarget = true;
    this.visitExpr(c.target);
    entry.compIterTarget = false;
    entry.compIterExpr++;
    this.visitExpr(c.iter);
    entry.compIterExpr--;
    this.visitExprs(c.ifs);
    if (c.is_async) entry.coroutine = true;
  }

  // ---- Patterns

  private visitPattern(p: ast.pattern): void {
    if (++this.depth > this.limit) throw new CompileRecursionError();
    this.visitPatternKind(p);
    this.depth--;
  }

  private visitPatternKind(p: ast.pattern): void {
    switch (p._type) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      default:
        assertNever(p);
    }
  }
}

function assertNever(node: never): never {
  throw new Error(`symtable: unexpected node ${(node as { _type: string })._type}`);
}
