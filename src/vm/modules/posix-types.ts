// Re-exports for posix.ts (keeps its import list short).
import { typeType } from '../type.js';
export { builtinType, None, objectType, PyType, typeOf } from '../type.js';
export function tupleTypeRef(): typeof typeType {
  return typeType;
}
export const setItemHook = null;
