// marshal: the serialization of .pyc bodies, byte-compatible with CPython 3.11 (Python/marshal.c).

export { loads, loadsAt } from './reader.js';
export { dumps, type DumpOptions } from './writer.js';
export {
  FLAG_REF,
  MARSHAL_VERSION,
  MarshalError,
  PY_STOPITERATION,
  PyDict,
  PyList,
  PySet,
  type MarshalValue,
  type PyStopIteration,
} from './types.js';
