// The python3 side of the differential tests: one python3 process per batch, JSON in on
// stdin and JSON out on stdout. Values and trees come back in the encoding of canonical.ts.

import { execFileSync } from 'node:child_process';

export const PYTHON = process.env.PYTHON ?? 'python3';

// Shared helpers for every oracle script: `enc_value` and `enc_node` produce canonical.ts's
// encoding; `run_source` compiles one module and reports its first statement's value or
// the SyntaxError's fields.
const PRELUDE = String.raw`
import ast, json, struct, sys
def enc_float(x): return struct.pack('>d', x).hex()
def enc_value(v):
    if v is None or isinstance(v, bool): return v
    if isinstance(v, int): return {'i': hex(v)}
    if isinstance(v, float): return {'f': enc_float(v)}
    if isinstance(v, complex): return {'c': [enc_float(v.real), enc_float(v.imag)]}
    if isinstance(v, str): return {'s': v.encode('utf-32-be', 'surrogatepass').hex()}
    if isinstance(v, bytes): return {'b': v.hex()}
    raise TypeError(type(v))
def enc_node(n):
    if isinstance(n, ast.AST):
        d = {'_type': type(n).__name__}
        for f in n._fields + n._attributes:
            x = getattr(n, f, None)
            d[f] = enc_value(x) if isinstance(n, ast.Constant) and f == 'value' else enc_node(x)
        return d
    if isinstance(n, list): return [enc_node(x) for x in n]
    return n
def enc_error(e):
    return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
            'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
def run_source(src):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        return {'error': enc_error(e)}
    return {'tree': enc_node(tree.body[0].value)}
`;

/** Runs `body` (Python, after the prelude) with `input` as the JSON value `data`; `body` must set `result`. */
export function runPython<T>(body: string, input: unknown): T {
  const script = `${PRELUDE}\ndata = json.loads(sys.stdin.read())\n${body}\nsys.stdout.write(json.dumps(result))\n`;
  const out = execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 30 });
  return JSON.parse(out) as T;
}

export type SourceOutcome = { tree: unknown; error?: undefined } | { error: ErrorFields; tree?: undefined };
export interface ErrorFields {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

/** ast.parse on each source: its first statement's value, or the SyntaxError. */
export function pythonOutcomes(sources: readonly string[]): SourceOutcome[] {
  return runPython<SourceOutcome[]>('result = [run_source(s) for s in data]', sources);
}
