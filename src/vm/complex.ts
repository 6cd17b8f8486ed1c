// complex numbers.

import { PyObject } from './object.js';
import { builtinType, type PyType } from './type.js';

export const complexType = builtinType('complex');

export class PyComplexObj extends PyObject {
  re: number;
  im: number;
  constructor(re: number, im: number, cls: PyType = complexType) {
    super(cls);
    this.re = re;
    this.im = im;
  }
}
