// bytes and bytearray: byte strings over Uint8Array.

import { PyObject } from './object.js';
import { builtinType, objectType, TF_BASETYPE, TF_SEQUENCE, type PyType } from './type.js';

export const bytesType = builtinType('bytes');
export const bytearrayType = builtinType('bytearray', objectType, TF_BASETYPE | TF_SEQUENCE);

export class PyBytes extends PyObject {
  data: Uint8Array;
  constructor(data: Uint8Array, cls: PyType = bytesType) {
    super(cls);
    this.data = data;
  }
}

export class PyByteArray extends PyObject {
  data: Uint8Array;
  length: number;
  constructor(data: Uint8Array, cls: PyType = bytearrayType) {
    super(cls);
    this.data = data;
    this.length = data.length;
  }

  view(): Uint8Array {
    return this.data.subarray(0, this.length);
  }

  setView(d: Uint8Array): void {
    this.data = d;
    this.length = d.length;
  }
}

export function bytesOf(v: PyBytes | PyByteArray): Uint8Array {
  return v instanceof PyBytes ? v.data : v.view();
}
