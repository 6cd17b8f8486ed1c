// Small helpers for _codecs.
import type { Value } from '../object.js';
import { PyBuiltin } from '../function.js';
import { newExc, LookupError } from '../exceptions.js';
export { call, strValue } from '../abstract.js';
export { typeOf } from '../type.js';

const handlers = new Map<string, PyBuiltin>();
export function lookupErr(name: string): Value {
  if (['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass'].includes(name)) {
    let h = handlers.get(name);
    if (!h) {
      h = new PyBuiltin(`${name}_errors`, (args) => {
        throw args[0] as never;
      });
      handlers.set(name, h);
    }
    return h;
  }
  throw newExc(LookupError, `unknown error handler name '${name}'`);
}
