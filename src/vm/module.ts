// module objects.

import { PyObject, type Value } from './object.js';
import { builtinType, None } from './type.js';
import { PyDict } from './dict.js';

export const moduleType = builtinType('module');
moduleType.hasDict = true;

export class PyModule extends PyObject {
  constructor(name: string, doc: Value = None, cls = moduleType) {
    super(cls);
    this.dict = new PyDict();
    this.dict.setStr('__name__', name);
    this.dict.setStr('__doc__', doc);
    this.dict.setStr('__package__', None);
    this.dict.setStr('__loader__', None);
    this.dict.setStr('__spec__', None);
  }

  get ns(): PyDict {
    return this.dict!;
  }

  get name(): string {
    const n = this.dict!.getStr('__name__');
    return typeof n === 'string' ? n : '?';
  }
}
