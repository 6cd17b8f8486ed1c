// One JSON form for values and trees from both sides (oracle.ts writes the same from Python):
// str as its code points in hex, 8 digits each (so lone surrogates, and surrogate code points
// that a JS string would read as one character, compare exactly), floats as their
// IEEE bits, ints in hex (Python refuses str() past 4300 digits).

import { PyBytes, PyComplex, PyStrCodePoints, strCodePoints } from '../../../src/values/index.js';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function floatBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return hex(new Uint8Array(view.buffer));
}

export function encodeValue(v: unknown): unknown {
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return { i: (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16)) };
  if (typeof v === 'number') return { f: floatBits(v) };
  if (typeof v === 'string' || v instanceof PyStrCodePoints) {
    return { s: Array.from(strCodePoints(v), (c) => c.toString(16).padStart(8, '0')).join('') };
  }
  if (v instanceof PyComplex) return { c: [floatBits(v.real), floatBits(v.imag)] };
  if (v instanceof PyBytes) return { b: hex(v.data) };
  throw new TypeError(`encodeValue: ${String(v)}`);
}

/** A pyc node as the oracle's enc_node writes CPython's (field order does not matter). */
export function encodeNode(n: unknown): unknown {
  if (Array.isArray(n)) return n.map(encodeNode);
  if (typeof n !== 'object' || n === null) return n;
  const node = n as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = node['_type'] === 'Constant' && k === 'value' ? encodeValue(v) : encodeNode(v);
  return out;
}

/** JSON with sorted keys, for comparing encodings as strings. */
export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}
