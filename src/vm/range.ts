// range objects.

import { PyObject } from './object.js';
import { builtinType, objectType, TF_SEQUENCE } from './type.js';
import { intAdd, intFloorDiv, intMul, intSub, intSign, type Int } from './int.js';

export const rangeType = builtinType('range', objectType, TF_SEQUENCE);

export class PyRange extends PyObject {
  start: Int;
  stop: Int;
  step: Int;
  /** The length (an Int: may exceed 2**53 for huge ranges). */
  length: Int;
  constructor(start: Int, stop: Int, step: Int) {
    super(rangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }

  item(i: Int): Int {
    return intAdd(this.start, intMul(i, this.step));
  }
}

export function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  if (intSign(step) > 0) return start < stop ? intAdd(intFloorDiv(intSub(intSub(stop, start), 1), step), 1) : 0;
  return start > stop ? intAdd(intFloorDiv(intSub(intSub(start, stop), 1), intSub(0, step)), 1) : 0;
}
