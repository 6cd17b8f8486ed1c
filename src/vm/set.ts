// set and frozenset: CPython's open-addressing table (Objects/setobject.c) reproduced slot for
// slot, because iteration order (and so every printed set) follows the table layout: linear
// probing over 9 neighbours, then perturbed probing; resize at 3/5 fill; dummies on delete.

import { PyObject, type Value } from './object.js';
import { builtinType, objectType, TF_BASETYPE, type PyType } from './type.js';
import { hashHi, hashLo, type Hash } from './hash.js';
import { keyHooks } from './dict.js';

export const setType = builtinType('set', objectType, TF_BASETYPE);
export const frozensetType = builtinType('frozenset', objectType, TF_BASETYPE);

const LINEAR_PROBES = 9;
const MINSIZE = 8;

/** The marker of a deleted slot. */
const DUMMY = {} as PyObject;

export class PySet extends PyObject {
  keys: (Value | null)[] = new Array(MINSIZE).fill(null);
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  finger = 0;
  /** Cached frozenset hash. */
  hash: Hash | null = null;

  constructor(cls: PyType = setType) {
    super(cls);
  }

  get size(): number {
    return this.used;
  }

  /** The slot holding `key`, or -1. */
  lookup(key: Value, hash: Hash): number {
    const keys = this.keys;
    const hashes = this.hashes;
    let mask = this.mask;
    let i = hashLo(hash) & mask;
    let pHi = hashHi(hash);
    let pLo = hashLo(hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j]!;
        if (k === null) return -1;
        if (k !== DUMMY && hashes[j] === hash) {
          if (k === key) return j;
          const startTable = this.keys;
          const eq = keyHooks.eq(k, key);
          if (this.keys !== startTable || this.keys[j] !== k) return this.lookup(key, hash);
          if (eq) return j;
          mask = this.mask;
        }
        j++;
      } while (probes--);
      // perturb >>= 5 (64-bit unsigned), i = (i * 5 + 1 + perturb) & mask
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi = pHi >>> 5;
      i = (Math.imul(i, 5) + 1 + pLo) & mask;
    }
  }

  has(key: Value, hash: Hash): boolean {
    return this.lookup(key, hash) >= 0;
  }

  add(key: Value, hash: Hash): void {
    for (;;) {
      const r = this.tryAdd(key, hash);
      if (r) return;
    }
  }

  /** set_add_entry; false means "restart" (the table changed during a comparison). */
  private tryAdd(key: Value, hash: Hash): boolean {
    const keys = this.keys;
    const hashes = this.hashes;
    let mask = this.mask;
    let i = hashLo(hash) & mask;
    let pHi = hashHi(hash);
    let pLo = hashLo(hash);
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j]!;
        if (k === null) {
          if (freeslot >= 0) {
            this.used++;
            keys[freeslot] = key;
            hashes[freeslot] = hash;
            return true;
          }
          this.fill++;
          this.used++;
          keys[j] = key;
          hashes[j] = hash;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (k === DUMMY) freeslot = j;
        else if (hashes[j] === hash) {
          if (k === key) return true;
          const eq = keyHooks.eq(k, key);
          if (eq) return true;
          if (this.keys !== keys || keys[j] !== k) return false;
          mask = this.mask;
        }
        j++;
      } while (probes--);
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi = pHi >>> 5;
      i = (Math.imul(i, 5) + 1 + pLo) & mask;
    }
  }

  private static insertClean(keys: (Value | null)[], hashes: Hash[], mask: number, key: Value, hash: Hash): void {
    let i = hashLo(hash) & mask;
    let pHi = hashHi(hash);
    let pLo = hashLo(hash);
    for (;;) {
      if (keys[i] === null) {
        keys[i] = key;
        hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === null) {
            keys[i + j] = key;
            hashes[i + j] = hash;
            return;
          }
        }
      }
      pLo = ((pLo >>> 5) | (pHi << 27)) >>> 0;
      pHi = pHi >>> 5;
      i = (Math.imul(i, 5) + 1 + pLo) & mask;
    }
  }

  /** set_table_resize. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    if (newsize === MINSIZE && oldKeys.length === MINSIZE && this.fill === this.used) return;
    const keys: (Value | null)[] = new Array(newsize).fill(null);
    const hashes: Hash[] = new Array(newsize).fill(0);
    const mask = newsize - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j]!;
      if (k !== null && k !== DUMMY) PySet.insertClean(keys, hashes, mask, k, oldHashes[j]!);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.fill = this.used;
  }

  /** set_discard_entry: true when found. */
  discard(key: Value, hash: Hash): boolean {
    const j = this.lookup(key, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return true;
  }

  clear(): void {
    this.keys = new Array(MINSIZE).fill(null);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.hash = null;
  }

  /** The slot index of the next live entry at or after `pos`, or -1. */
  nextSlot(pos: number): number {
    const keys = this.keys;
    for (let i = pos; i <= this.mask; i++) {
      const k = keys[i]!;
      if (k !== null && k !== DUMMY) return i;
    }
    return -1;
  }

  keysArray(): Value[] {
    const out: Value[] = [];
    for (const k of this.keys) if (k !== null && k !== DUMMY) out.push(k);
    return out;
  }

  /** set_merge: adds every entry of `other` (a set or frozenset). */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let i = 0; i <= other.mask; i++) {
        const k = other.keys[i]!;
        if (k !== null) {
          this.keys[i] = k;
          this.hashes[i] = other.hashes[i]!;
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i <= other.mask; i++) {
        const k = other.keys[i]!;
        if (k !== null && k !== DUMMY) PySet.insertClean(this.keys, this.hashes, this.mask, k, other.hashes[i]!);
      }
      return;
    }
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i]!;
      if (k !== null && k !== DUMMY) this.add(k, other.hashes[i]!);
    }
  }

  /** set_pop. */
  pop(): Value | undefined {
    if (this.used === 0) return undefined;
    let i = this.finger & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k !== null && k !== DUMMY) break;
      i++;
      if (i > this.mask) i = 0;
    }
    const key = this.keys[i]!;
    this.keys[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    this.finger = i + 1;
    return key;
  }

  /** The slot hashes for frozenset_hash (0 for empty slots, -1 for dummies). */
  slotHashes(): Hash[] {
    return this.keys.map((k, i) => (k === null ? 0 : k === DUMMY ? -1 : this.hashes[i]!));
  }

  /** Swaps contents with another set (set_swap_bodies). */
  swapBodies(o: PySet): void {
    [this.keys, o.keys] = [o.keys, this.keys];
    [this.hashes, o.hashes] = [o.hashes, this.hashes];
    [this.mask, o.mask] = [o.mask, this.mask];
    [this.fill, o.fill] = [o.fill, this.fill];
    [this.used, o.used] = [o.used, this.used];
    this.hash = null;
    o.hash = null;
  }
}
