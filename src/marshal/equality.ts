// Python `==` for hashable marshal values, as a string key: what dict and set contents read from
// marshal data are deduplicated by (1 == 1.0 == True, 0.0 == -0.0, 2+0j == 2).

import { PyCode } from '../bytecode/code.js';
import { PY_ELLIPSIS, PyBytes, PyComplex, PyFrozenSet, PyStrCodePoints, PyTuple } from '../values/index.js';
import { MarshalError, PY_STOPITERATION, PyDict, PyList, PySet, type MarshalValue } from './types.js';

let nextUnique = 0;
const identities = new WeakMap<object, number>();

function numberKey(v: number): string {
  if (Number.isNaN(v)) return 'nan' + nextUnique++;
  if (Number.isInteger(v)) return 'n' + BigInt(v);
  return 'n' + String(v);
}

export function hashKey(v: MarshalValue): string {
  if (v === null) return 'N';
  if (v === PY_ELLIPSIS) return '.';
  if (v === PY_STOPITERATION) return 'S';
  switch (typeof v) {
    case 'boolean':
      return v ? 'n1' : 'n0';
    case 'bigint':
      return 'n' + v;
    case 'number':
      return numberKey(v);
    case 'string':
      return 's' + JSON.stringify(v);
    case 'symbol':
      throw new MarshalError('TypeError', 'unhashable type');
  }
  if (v instanceof PyStrCodePoints) return 'u' + v.codePoints.join(',');
  if (v instanceof PyBytes) return 'b' + Buffer.from(v.data).toString('hex');
  if (v instanceof PyComplex) return v.imag === 0 ? numberKey(v.real) : `c${numberKey(v.real)},${numberKey(v.imag)}`;
  if (v instanceof PyTuple) return '(' + (v.items as MarshalValue[]).map(hashKey).join(',') + ')';
  if (v instanceof PyFrozenSet) return '{' + (v.items as MarshalValue[]).map(hashKey).sort().join(',') + '}';
  if (v instanceof PyCode) {
    let id = identities.get(v);
    if (id === undefined) identities.set(v, (id = nextUnique++));
    return '@' + id;
  }
  const name = v instanceof PyList ? 'list' : v instanceof PyDict ? 'dict' : v instanceof PySet ? 'set' : 'object';
  throw new MarshalError('TypeError', `unhashable type: '${name}'`);
}
