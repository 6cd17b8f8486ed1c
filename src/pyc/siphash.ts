// SipHash-1-3 as Python/pyhash.c (3.11) computes it for `_Py_KeyedHash`, which
// `importlib.util.source_hash` uses for hash-based .pyc files (PEP 552). 64-bit lanes are kept
// as pairs of uint32 halves: BigInt arithmetic is an order of magnitude slower on large sources.

const IV0 = [0x736f6d65, 0x70736575];
const IV1 = [0x646f7261, 0x6e646f6d];
const IV2 = [0x6c796765, 0x6e657261];
const IV3 = [0x74656462, 0x79746573];

/** SipHash with `c` compression and `d` finalization rounds; returns the 8 little-endian bytes. */
export function siphash(k0: bigint, k1: bigint, data: Uint8Array, c = 1, d = 3): Uint8Array {
  const k0h = Number((k0 >> 32n) & 0xffffffffn);
  const k0l = Number(k0 & 0xffffffffn);
  const k1h = Number((k1 >> 32n) & 0xffffffffn);
  const k1l = Number(k1 & 0xffffffffn);
  let v0h = (k0h ^ IV0[0]!) >>> 0, v0l = (k0l ^ IV0[1]!) >>> 0;
  let v1h = (k1h ^ IV1[0]!) >>> 0, v1l = (k1l ^ IV1[1]!) >>> 0;
  let v2h = (k0h ^ IV2[0]!) >>> 0, v2l = (k0l ^ IV2[1]!) >>> 0;
  let v3h = (k1h ^ IV3[0]!) >>> 0, v3l = (k1l ^ IV3[1]!) >>> 0;

  const round = (): void => {
    let h: number, l: number, t: number;
    // HALF_ROUND(v0, v1, v2, v3, 13, 16)
    l = v0l + v1l; v0h = (v0h + v1h + (l > 0xffffffff ? 1 : 0)) >>> 0; v0l = l >>> 0;
    l = v2l + v3l; v2h = (v2h + v3h + (l > 0xffffffff ? 1 : 0)) >>> 0; v2l = l >>> 0;
    h = ((v1h << 13) | (v1l >>> 19)) >>> 0; l = ((v1l << 13) | (v1h >>> 19)) >>> 0;
    v1h = (h ^ v0h) >>> 0; v1l = (l ^ v0l) >>> 0;
    h = ((v3h << 16) | (v3l >>> 16)) >>> 0; l = ((v3l << 16) | (v3h >>> 16)) >>> 0;
    v3h = (h ^ v2h) >>> 0; v3l = (l ^ v2l) >>> 0;
    t = v0h; v0h = v0l; v0l = t;
    // HALF_ROUND(v2, v1, v0, v3, 17, 21)
    l = v2l + v1l; v2h = (v2h + v1h + (l > 0xffffffff ? 1 : 0)) >>> 0; v2l = l >>> 0;
    l = v0l + v3l; v0h = (v0h + v3h + (l > 0xffffffff ? 1 : 0)) >>> 0; v0l = l >>> 0;
    h = ((v1h << 17) | (v1l >>> 15)) >>> 0; l = ((v1l << 17) | (v1h >>> 15)) >>> 0;
    v1h = (h ^ v2h) >>> 0; v1l = (l ^ v2l) >>> 0;
    h = ((v3h << 21) | (v3l >>> 11)) >>> 0; l = ((v3l << 21) | (v3h >>> 11)) >>> 0;
    v3h = (h ^ v0h) >>> 0; v3l = (l ^ v0l) >>> 0;
    t = v2h; v2h = v2l; v2l = t;
  };

  const n = data.length;
  const full = n - (n % 8);
  for (let i = 0; i < full; i += 8) {
    const ml = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0;
    const mh = (data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24)) >>> 0;
    v3h = (v3h ^ mh) >>> 0; v3l = (v3l ^ ml) >>> 0;
    for (let r = 0; r < c; r++) round();
    v0h = (v0h ^ mh) >>> 0; v0l = (v0l ^ ml) >>> 0;
  }
  // Last block: the remaining bytes, with the length's low byte on top.
  let bl = 0;
  let bh = ((n & 0xff) << 24) >>> 0;
  for (let i = full; i < n; i++) {
    const k = i - full;
    if (k < 4) bl = (bl | (data[i]! << (8 * k))) >>> 0;
    else bh = (bh | (data[i]! << (8 * (k - 4)))) >>> 0;
  }
  v3h = (v3h ^ bh) >>> 0; v3l = (v3l ^ bl) >>> 0;
  for (let r = 0; r < c; r++) round();
  v0h = (v0h ^ bh) >>> 0; v0l = (v0l ^ bl) >>> 0;
  v2l = (v2l ^ 0xff) >>> 0;
  for (let r = 0; r < d; r++) round();

  const outh = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const outl = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, outl, true);
  view.setUint32(4, outh, true);
  return out;
}
