// tuple: an immutable sequence. Methods are installed by sequence-methods in tuple-methods.ts.

import { PyObject, type Value } from './object.js';
import { builtinType, objectType, TF_BASETYPE, TF_SEQUENCE, type PyType } from './type.js';

export const tupleType = builtinType('tuple', objectType, TF_BASETYPE | TF_SEQUENCE);

export class PyTuple extends PyObject {
  items: Value[];
  constructor(items: Value[], cls: PyType = tupleType) {
    super(cls);
    this.items = items;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function tuple(items: Value[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
