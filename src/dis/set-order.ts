// The order in which CPython 3.11 iterates a frozenset: its hash-table order, which follows from
// the items' hashes and the order they were inserted in. This replays Objects/setobject.c's
// `set_add_entry` (linear probes of 9, perturbed open addressing, growth when fill*5 >= mask*3)
// and `set_table_resize` / `set_insert_clean`, so that `repr(frozenset)` in dis output lists the
// items as CPython does.

import type { PyConstant } from '../values/index.js';
import { pyEquals, pyHash, type HashSecret } from './py-hash.js';

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

interface Entry {
  key: PyConstant;
  hash: bigint;
}

class SetTable {
  private table: (Entry | null)[] = new Array<Entry | null>(MINSIZE).fill(null);
  private mask = MINSIZE - 1;
  private fill = 0;
  private used = 0;

  /** `set_add_entry`: adds `key` unless an equal key is present. */
  add(key: PyConstant, hash: bigint): void {
    const mask = this.mask;
    const maskB = BigInt(mask);
    let perturb = BigInt.asUintN(64, hash);
    let i = Number(perturb & maskB);
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const entry = this.table[j];
        if (entry === null || entry === undefined) return this.placeNew(j, key, hash);
        if (entry.hash === hash && pyEquals(entry.key, key)) return;
        j++;
      } while (probes-- > 0);
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + Number(perturb & maskB)) & mask;
    }
  }

  private placeNew(j: number, key: PyConstant, hash: bigint): void {
    this.fill++;
    this.used++;
    this.table[j] = { key, hash };
    if (this.fill * 5 < this.mask * 3) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** `set_table_resize`: the smallest power of two above `minused`, refilled in table order. */
  private resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const old = this.table;
    this.table = new Array<Entry | null>(size).fill(null);
    this.mask = size - 1;
    for (const e of old) if (e) this.insertClean(e);
    this.fill = this.used;
  }

  /** `set_insert_clean`: for a key known to be absent, into a table without dummies. */
  private insertClean(e: Entry): void {
    const mask = this.mask;
    const maskB = BigInt(mask);
    let perturb = BigInt.asUintN(64, e.hash);
    let i = Number(perturb & maskB);
    for (;;) {
      if (!this.table[i]) {
        this.table[i] = e;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (!this.table[i + j]) {
            this.table[i + j] = e;
            return;
          }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + Number(perturb & maskB)) & mask;
    }
  }

  keys(): PyConstant[] {
    const out: PyConstant[] = [];
    for (const e of this.table) if (e) out.push(e.key);
    return out;
  }
}

/**
 * The iteration order of a frozenset built by adding `items` one by one, repeated `passes` times
 * (each pass rebuilds the set from the previous pass's order, as CPython's compiler does when it
 * merges constants). Returns null when an item's hash is unknown (NaN, code objects, None or
 * Ellipsis without their hashes in `secret`): CPython's order then depends on addresses.
 */
export function frozensetOrder(items: readonly PyConstant[], secret: HashSecret, passes = 1): PyConstant[] | null {
  const hashes = new Map<PyConstant, bigint>();
  for (const item of items) {
    const h = pyHash(item, secret);
    if (h === null) return null;
    hashes.set(item, h);
  }
  let order: readonly PyConstant[] = items;
  for (let p = 0; p < passes; p++) {
    const table = new SetTable();
    for (const item of order) table.add(item, hashes.get(item)!);
    order = table.keys();
  }
  return order as PyConstant[];
}
