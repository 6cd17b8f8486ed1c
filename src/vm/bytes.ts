// bytes and bytearray: byte strings over Uint8Array.

import { PyObject } from './object.js';
import { builtinType, objectType, TF_BASETYPE, TF_SEQUENCE, type PyType } from './type.js';

export const bytesType = builtinType('bytes');
export const bytearrayType = builtinType('bytearray', objectType, TF_BASETYPE);

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

  /** Appends bytes in amortized O(1) (spare capacity grows geometrically). */
  push(add: Uint8Array | number): void {
    const n = typeof add === 'number' ? 1 : add.length;
    if (this.length + n > this.data.length) {
      const nd = new Uint8Array(Math.max(16, (this.length + n) * 2));
      nd.set(this.view());
      this.data = nd;
    }
    if (typeof add === 'number') this.data[this.length] = add;
    else this.data.set(add, this.length);
    this.length += n;
  }
}

export function bytesOf(v: PyBytes | PyByteArray): Uint8Array {
  return v instanceof PyBytes ? v.data : v.view();
}

const bufferHooks: ((v: unknown) => Uint8Array | null)[] = [];
/** Lets other buffer types (memoryview, array.array) count as bytes-like objects. */
export function setBufferHook(f: (v: unknown) => Uint8Array | null): void {
  if (!bufferHooks.includes(f)) bufferHooks.push(f);
}

/** The bytes of a bytes-like object (bytes, bytearray, memoryview, array), or null. */
export function bufferData(v: unknown): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.view();
  for (const h of bufferHooks) {
    const d = h(v);
    if (d !== null) return d;
  }
  return null;
}
