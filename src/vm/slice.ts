// slice objects and index adjustment (PySlice_Unpack + PySlice_AdjustIndices).

import { PyObject, type Value } from './object.js';
import { builtinType, None, objectType } from './type.js';

export const sliceType = builtinType('slice', objectType, 0);

export class PySlice extends PyObject {
  start: Value;
  stop: Value;
  step: Value;
  constructor(start: Value, stop: Value, step: Value) {
    super(sliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** Hooks set by abstract.ts: __index__ conversion clamped to the Py_ssize_t range. */
export const sliceHooks = {
  index: (_v: Value): number => 0,
  valueError: (_m: string): unknown => new Error(_m),
};

const MAXSIZE = 9223372036854775807;

export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
  len: number;
}

/** slice.indices(length), as the list/tuple/str slicing code uses it. */
export function sliceIndices(s: PySlice, length: number): SliceIndices {
  let step = 1;
  if (s.step !== None) {
    step = sliceHooks.index(s.step);
    if (step === 0) throw sliceHooks.valueError('slice step cannot be zero');
    if (step < -MAXSIZE) step = -MAXSIZE;
  }
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? MAXSIZE : 0;
  else start = sliceHooks.index(s.start);
  if (s.stop === None) stop = step < 0 ? -MAXSIZE - 1 : MAXSIZE;
  else stop = sliceHooks.index(s.stop);
  // PySlice_AdjustIndices
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let len = 0;
  if (step < 0) {
    if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) len = Math.floor((stop - start - 1) / step) + 1;
  return { start, stop, step, len };
}
