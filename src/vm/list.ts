// list: a mutable sequence over a JavaScript array.

import { PyObject, type Value } from './object.js';
import { builtinType, objectType, TF_BASETYPE, TF_SEQUENCE, type PyType } from './type.js';

export const listType = builtinType('list', objectType, TF_BASETYPE | TF_SEQUENCE);

export class PyList extends PyObject {
  items: Value[];
  constructor(items: Value[] = [], cls: PyType = listType) {
    super(cls);
    this.items = items;
  }
}
