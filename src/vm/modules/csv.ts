// _csv (Modules/_csv.c, 3.11): Dialect, reader, writer, the dialect registry and field_size_limit,
// with the C parser's state machine and messages.

import { PyObject, type Value } from '../object.js';
import type { PyModule } from '../module.js';
import { builtinType, None, objectType, PyType, TF_BASETYPE, TF_HEAPTYPE, typeOf, typeType } from '../type.js';
import { PyList } from '../list.js';
import { PyDict } from '../dict.js';
import { getset, method, methodRaw, PyBuiltin, PyStaticMethod } from '../function.js';
import { Exception, newExc, typeError, StopIteration } from '../exceptions.js';
import { call, getAttr, getAttrOpt, getIter, iterNext, str, strValue, truthy, callSpecial } from '../abstract.js';
import { intValue } from '../numeric.js';
import { PyFloat, floatType } from '../float.js';
import { def } from './util.js';

const QUOTE_MINIMAL = 0;
const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;

class PyDialect extends PyObject {
  delimiter = ',';
  doublequote = true;
  escapechar: string | null = null;
  lineterminator = '\r\n';
  quotechar: string | null = '"';
  quoting = QUOTE_MINIMAL;
  skipinitialspace = false;
  strict = false;
  constructor(cls: PyType) {
    super(cls);
  }
}

const START_RECORD = 0;
const START_FIELD = 1;
const ESCAPED_CHAR = 2;
const IN_FIELD = 3;
const IN_QUOTED_FIELD = 4;
const ESCAPE_IN_QUOTED_FIELD = 5;
const QUOTE_IN_QUOTED_FIELD = 6;
const EAT_CRNL = 7;
const AFTER_ESCAPED_CRNL = 8;
/** End of line (CPython uses a value no character can have, so NUL is data). */
const EOL = -2;

class PyReader extends PyObject {
  dialect!: PyDialect;
  input: Value = None;
  lineNum = 0;
  fields: Value[] = [];
  field: string[] = [];
  state = START_RECORD;
  numeric = false;
  constructor(cls: PyType) {
    super(cls);
  }
}

class PyWriter extends PyObject {
  dialect!: PyDialect;
  write: Value = None;
  constructor(cls: PyType) {
    super(cls);
  }
}

export function initCsv(m: PyModule): void {
  const error = new PyType('Error', [Exception], typeType, TF_BASETYPE);
  error.flags |= TF_HEAPTYPE;
  error.ns.set('__module__', '_csv');
  error.hasDict = true;
  const csvError = (msg: string) => newExc(error, msg);
  let fieldLimit = 128 * 1024;
  const registry = new PyDict();

  const D = builtinType('Dialect', objectType, TF_BASETYPE);
  D.moduleName = '_csv';
  D.ns.set('__doc__', 'CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n');
  const KW = ['dialect', 'delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict'];

  const setChar = (name: string, v: Value | undefined, dflt: string | null, orNone: boolean): string | null => {
    if (v === undefined) return dflt;
    if (orNone && v === None) return null;
    const s = strValue(v);
    if (s === undefined) throw typeError(`"${name}" must be string, not ${typeOf(v).name}`);
    if ([...s].length !== 1) throw typeError(`"${name}" must be a 1-character string`);
    return s;
  };

  const makeDialect = (cls: PyType, base: Value | undefined, opts: Map<string, Value>): PyDialect => {
    let dialect = base;
    if (dialect !== undefined) {
      const name = strValue(dialect);
      if (name !== undefined) {
        const d = registry.getStr(name);
        if (d === undefined) throw csvError('unknown dialect');
        dialect = d;
      }
      if (dialect instanceof PyDialect && opts.size === 0 && cls === D) return dialect;
    }
    const get = (n: string): Value | undefined => {
      const v = opts.get(n);
      if (v !== undefined || dialect === undefined) return v;
      try {
        return getAttrOpt(dialect, n);
      } catch {
        return undefined;
      }
    };
    const d = new PyDialect(cls);
    const delim = setChar('delimiter', get('delimiter'), ',', false);
    d.doublequote = get('doublequote') === undefined ? true : truthy(get('doublequote')!);
    d.escapechar = setChar('escapechar', get('escapechar'), null, true);
    const lt = get('lineterminator');
    if (lt !== undefined) {
      const s = strValue(lt);
      if (s === undefined) throw typeError('"lineterminator" must be a string');
      d.lineterminator = s;
    }
    const qcV = get('quotechar');
    d.quotechar = setChar('quotechar', qcV, '"', true);
    const qV = get('quoting');
    let quoting = QUOTE_MINIMAL;
    if (qV !== undefined) {
      const q = typeof qV === 'boolean' ? undefined : intValue(qV);
      if (q === undefined) throw typeError('"quoting" must be an integer');
      quoting = Number(q);
    }
    d.skipinitialspace = get('skipinitialspace') === undefined ? false : truthy(get('skipinitialspace')!);
    d.strict = get('strict') === undefined ? false : truthy(get('strict')!);
    if (quoting < QUOTE_MINIMAL || quoting > QUOTE_NONE) throw typeError('bad "quoting" value');
    d.quoting = quoting;
    if (delim === null) throw typeError('"delimiter" must be a 1-character string');
    d.delimiter = delim;
    if (qcV === None && qV === undefined) d.quoting = QUOTE_NONE;
    if (d.quoting !== QUOTE_NONE && d.quotechar === null) throw typeError('quotechar must be set if quoting enabled');
    return d;
  };

  const splitArgs = (fname: string, args: Value[], kw: readonly string[] | null, npos: number): [Value[], Map<string, Value>] => {
    const nkw = kw?.length ?? 0;
    const pos = args.slice(0, args.length - nkw);
    const opts = new Map<string, Value>();
    for (let i = 0; i < nkw; i++) {
      const k = kw![i]!;
      if (!KW.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for this function`);
      opts.set(k, args[pos.length + i]!);
    }
    if (pos.length > npos) throw typeError(`${fname}() takes at most ${npos} arguments (${pos.length} given)`);
    return [pos, opts];
  };

  D.ns.set('__new__', new PyStaticMethod(new PyBuiltin('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    const [pos, opts] = splitArgs('Dialect', args.slice(1), kw, 9);
    // positional arguments follow the keyword order
    pos.forEach((v, i) => {
      if (i > 0) opts.set(KW[i]!, v);
    });
    const base = pos.length ? pos[0] : opts.get('dialect');
    opts.delete('dialect');
    return makeDialect(cls, base, opts);
  })));
  getset(D, 'delimiter', (d: PyDialect) => d.delimiter);
  getset(D, 'doublequote', (d: PyDialect) => d.doublequote);
  getset(D, 'escapechar', (d: PyDialect) => d.escapechar ?? None);
  getset(D, 'lineterminator', (d: PyDialect) => d.lineterminator);
  getset(D, 'quotechar', (d: PyDialect) => d.quotechar ?? None);
  getset(D, 'quoting', (d: PyDialect) => d.quoting);
  getset(D, 'skipinitialspace', (d: PyDialect) => d.skipinitialspace);
  getset(D, 'strict', (d: PyDialect) => d.strict);
  method(D, '__reduce_ex__', 1, 1, (d: PyDialect) => {
    throw typeError(`cannot pickle '${d.cls.name}' instances`);
  });
  m.ns.setStr('Dialect', D);

  // --- reader -------------------------------------------------------------------------------------
  const R = builtinType('reader', objectType, 0);
  R.moduleName = '_csv';
  const saveField = (r: PyReader): void => {
    const f = r.field.join('');
    r.field = [];
    if (r.numeric) {
      r.numeric = false;
      r.fields.push(call(floatTypeRef(), [f]));
    } else r.fields.push(f);
  };
  const addChar = (r: PyReader, c: string): void => {
    if (r.field.length >= fieldLimit) throw csvError(`field larger than field limit (${fieldLimit})`);
    r.field.push(c);
  };
  const inField = (r: PyReader, c: string | number): void => {
    const d = r.dialect;
    if (c === '\n' || c === '\r' || c === EOL) {
      saveField(r);
      r.state = c === EOL ? START_RECORD : EAT_CRNL;
    } else if (c === d.escapechar) r.state = ESCAPED_CHAR;
    else if (c === d.delimiter) {
      saveField(r);
      r.state = START_FIELD;
    } else addChar(r, c as string);
  };
  const processChar = (r: PyReader, c: string | number): void => {
    const d = r.dialect;
    const isNl = c === '\n' || c === '\r';
    switch (r.state) {
      case START_RECORD:
        if (c === EOL) break;
        if (isNl) {
          r.state = EAT_CRNL;
          break;
        }
        r.state = START_FIELD;
        processChar(r, c);
        break;
      case START_FIELD:
        if (isNl || c === EOL) {
          saveField(r);
          r.state = c === EOL ? START_RECORD : EAT_CRNL;
        } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) r.state = IN_QUOTED_FIELD;
        else if (c === d.escapechar) r.state = ESCAPED_CHAR;
        else if (c === ' ' && d.skipinitialspace) {
          // skip a space at the start of a field
        }
        else if (c === d.delimiter) saveField(r);
        else {
          if (d.quoting === QUOTE_NONNUMERIC) r.numeric = true;
          addChar(r, c as string);
          r.state = IN_FIELD;
        }
        break;
      case ESCAPED_CHAR:
        if (isNl) {
          addChar(r, c as string);
          r.state = AFTER_ESCAPED_CRNL;
          break;
        }
        addChar(r, c === EOL ? '\n' : (c as string));
        r.state = IN_FIELD;
        break;
      case AFTER_ESCAPED_CRNL:
        // CPython handles the character as in IN_FIELD and stays in this state
        if (c === EOL) break;
        inField(r, c);
        break;
      case IN_FIELD:
        inField(r, c);
        break;
      case IN_QUOTED_FIELD:
        if (c === EOL) {
          // a quoted field goes on across lines
        } else if (c === d.escapechar) r.state = ESCAPE_IN_QUOTED_FIELD;
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) r.state = d.doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        else addChar(r, c as string);
        break;
      case ESCAPE_IN_QUOTED_FIELD:
        addChar(r, c === EOL ? '\n' : (c as string));
        r.state = IN_QUOTED_FIELD;
        break;
      case QUOTE_IN_QUOTED_FIELD:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          addChar(r, c as string);
          r.state = IN_QUOTED_FIELD;
        } else if (c === d.delimiter) {
          saveField(r);
          r.state = START_FIELD;
        } else if (isNl || c === EOL) {
          saveField(r);
          r.state = c === EOL ? START_RECORD : EAT_CRNL;
        } else if (!d.strict) {
          addChar(r, c as string);
          r.state = IN_FIELD;
        } else throw csvError(`'${d.delimiter}' expected after '${d.quotechar}'`);
        break;
      case EAT_CRNL:
        if (isNl) {
          // CR LF
        } else if (c === EOL) r.state = START_RECORD;
        else throw csvError('new-line character seen in unquoted field - do you need to open the file in universal-newline mode?');
        break;
    }
  };
  method(R, '__iter__', 0, 0, (self: PyReader) => self);
  method(R, '__next__', 0, 0, (r: PyReader) => {
    r.fields = [];
    r.field = [];
    r.state = START_RECORD;
    r.numeric = false;
    do {
      const line = iterNext(r.input);
      if (line === undefined) {
        if (r.field.length !== 0 || r.state === IN_QUOTED_FIELD) {
          if (r.dialect.strict) throw csvError('unexpected end of data');
          saveField(r);
          break;
        }
        throw newExc(StopIteration);
      }
      const s = strValue(line);
      if (s === undefined) throw csvError(`iterator should return strings, not ${typeOf(line).name} (the file should be opened in text mode)`);
      r.lineNum++;
      for (const ch of s) processChar(r, ch);
      processChar(r, EOL);
    } while (r.state !== START_RECORD);
    const out = r.fields;
    r.fields = [];
    return new PyList(out);
  });
  getset(R, 'dialect', (r: PyReader) => r.dialect);
  getset(R, 'line_num', (r: PyReader) => r.lineNum);
  def(m, 'reader', (args, kw) => {
    const [pos, opts] = splitArgs('reader', args, kw, 2);
    if (pos.length < 1) throw typeError('expected at least 1 argument, got 0');
    const r = new PyReader(R);
    try {
      r.input = getIter(pos[0]!);
    } catch {
      throw typeError('argument 1 must be an iterator');
    }
    const base = pos.length > 1 ? pos[1] : opts.get('dialect');
    opts.delete('dialect');
    r.dialect = makeDialect(D, base, opts);
    return r;
  });

  // --- writer -------------------------------------------------------------------------------------
  const W = builtinType('writer', objectType, 0);
  W.moduleName = '_csv';
  const isNumber = (v: Value): boolean => {
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat) return true;
    if (typeof v === 'string' || v === None) return false;
    const t = typeOf(v);
    return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined || t.name === 'complex';
  };
  const writeRow = (w: PyWriter, row: Value): Value => {
    const d = w.dialect;
    let it: Value;
    try {
      it = getIter(row);
    } catch {
      throw csvError(`iterable expected, not ${typeOf(row).name}`);
    }
    let rec = '';
    let nfields = 0;
    const append = (field: string | null, quotedIn: boolean): void => {
      let quoted = quotedIn;
      let out = '';
      if (field !== null) {
        for (const c of field) {
          let wantEscape = false;
          if (c === d.delimiter || c === d.escapechar || c === d.quotechar || d.lineterminator.includes(c)) {
            if (d.quoting === QUOTE_NONE) wantEscape = true;
            else {
              if (c === d.quotechar) {
                if (d.doublequote) out += d.quotechar;
                else wantEscape = true;
              } else if (c === d.escapechar) wantEscape = true;
              if (!wantEscape) quoted = true;
            }
            if (wantEscape) {
              if (d.escapechar === null) throw csvError('need to escape, but no escapechar set');
              out += d.escapechar;
            }
          }
          out += c;
        }
      }
      if (nfields > 0) rec += d.delimiter;
      rec += quoted ? d.quotechar! + out + d.quotechar! : out;
      nfields++;
    };
    for (;;) {
      const f = iterNext(it);
      if (f === undefined) break;
      const quoted = d.quoting === QUOTE_NONNUMERIC ? !isNumber(f) : d.quoting === QUOTE_ALL;
      if (f === None) append(null, quoted);
      else append(strValue(f) ?? str(f), quoted);
    }
    if (nfields > 0 && rec === '') {
      if (d.quoting === QUOTE_NONE) throw csvError('single empty field record must be quoted');
      nfields--;
      append(null, true);
    }
    return call(w.write, [rec + d.lineterminator]);
  };
  method(W, 'writerow', 1, 1, (w: PyWriter, row) => writeRow(w, row!));
  method(W, 'writerows', 1, 1, (w: PyWriter, rows) => {
    const it = getIter(rows!);
    for (;;) {
      const row = iterNext(it);
      if (row === undefined) break;
      writeRow(w, row);
    }
    return None;
  });
  getset(W, 'dialect', (w: PyWriter) => w.dialect);
  def(m, 'writer', (args, kw) => {
    const [pos, opts] = splitArgs('writer', args, kw, 2);
    if (pos.length < 1) throw typeError('expected at least 1 argument, got 0');
    const w = new PyWriter(W);
    const write = getAttrOpt(pos[0]!, 'write');
    if (write === undefined) throw typeError('argument 1 must have a "write" method');
    w.write = write;
    const base = pos.length > 1 ? pos[1] : opts.get('dialect');
    opts.delete('dialect');
    w.dialect = makeDialect(D, base, opts);
    return w;
  });

  // --- registry -----------------------------------------------------------------------------------
  def(m, 'register_dialect', (args, kw) => {
    const [pos, opts] = splitArgs('register_dialect', args, kw, 2);
    if (pos.length < 1) throw typeError('register_dialect() expected at least 1 argument, got 0');
    const name = strValue(pos[0]!);
    if (name === undefined) throw typeError('dialect name must be a string');
    registry.setStr(name, makeDialect(D, pos[1], opts));
    return None;
  });
  def(m, 'unregister_dialect', (args) => {
    const name = strValue(args[0] ?? None);
    if (name === undefined || registry.delete(name) === undefined) throw csvError('unknown dialect');
    return None;
  });
  def(m, 'get_dialect', (args) => {
    const d = registry.get(args[0] ?? None);
    if (d === undefined) throw csvError('unknown dialect');
    return d;
  });
  def(m, 'list_dialects', () => new PyList(registry.keysArray()));
  def(m, 'field_size_limit', (args, kw) => {
    if (kw && kw.length) throw typeError('field_size_limit() takes no keyword arguments');
    const old = fieldLimit;
    if (args.length) {
      const n = typeof args[0] === 'boolean' ? undefined : intValue(args[0]!);
      if (n === undefined) throw typeError('limit must be an integer');
      fieldLimit = Number(n);
    }
    return old;
  });
  m.ns.setStr('Error', error);
  m.ns.setStr('QUOTE_MINIMAL', QUOTE_MINIMAL);
  m.ns.setStr('QUOTE_ALL', QUOTE_ALL);
  m.ns.setStr('QUOTE_NONNUMERIC', QUOTE_NONNUMERIC);
  m.ns.setStr('QUOTE_NONE', QUOTE_NONE);
  m.ns.setStr('__version__', '1.0');
  m.ns.setStr('__doc__', CSV_DOC);
  void getAttr;
  void methodRaw;
  void callSpecial;
}

function floatTypeRef(): Value {
  return floatType;
}

// _csv's docstring, which csv.py re-exports as its own
const CSV_DOC = "CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\nof Comma Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.  Although many CSV files are simple to parse,\nthe format is not formally defined by a stable specification and\nis subtle enough that parsing lines of a CSV file with something\nlike line.split(\",\") is bound to fail.  The module supports three\nbasic APIs: reading, writing, and registration of dialects.\n\n\nDIALECT REGISTRATION:\n\nReaders and writers support a dialect argument, which is a convenient\nhandle on a group of settings.  When the dialect argument is a string,\nit identifies one of the dialects previously registered with the module.\nIf it is a class or instance, the attributes of the argument are used as\nthe settings for the reader or writer:\n\n    class excel:\n        delimiter = ','\n        quotechar = '\"'\n        escapechar = None\n        doublequote = True\n        skipinitialspace = False\n        lineterminator = '\\r\\n'\n        quoting = QUOTE_MINIMAL\n\nSETTINGS:\n\n    * quotechar - specifies a one-character string to use as the\n        quoting character.  It defaults to '\"'.\n    * delimiter - specifies a one-character string to use as the\n        field separator.  It defaults to ','.\n    * skipinitialspace - specifies how to interpret spaces which\n        immediately follow a delimiter.  It defaults to False, which\n        means that spaces immediately following a delimiter is part\n        of the following field.\n    * lineterminator -  specifies the character sequence which should\n        terminate rows.\n    * quoting - controls when quotes should be generated by the writer.\n        It can take on any of the following module constants:\n\n        csv.QUOTE_MINIMAL means only when required, for example, when a\n            field contains either the quotechar or the delimiter\n        csv.QUOTE_ALL means that quotes are always placed around fields.\n        csv.QUOTE_NONNUMERIC means that quotes are always placed around\n            fields which do not parse as integers or floating point\n            numbers.\n        csv.QUOTE_NONE means that quotes are never placed around fields.\n    * escapechar - specifies a one-character string used to escape\n        the delimiter when quoting is set to QUOTE_NONE.\n    * doublequote - controls the handling of quotes inside fields.  When\n        True, two consecutive quotes are interpreted as one during read,\n        and when writing, each quote character embedded in the data is\n        written as two quotes\n";
