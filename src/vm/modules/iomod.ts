// _io: the classes io.py re-exports (open, StringIO, BytesIO, TextIOWrapper, ...).

import type { PyModule } from '../module.js';
import { builtinType, objectType, TF_BASETYPE } from '../type.js';
import { PyBuiltin } from '../function.js';
import {
  openFile, textIOWrapperType, bufferedType, bufferedReaderType, stringIOType, bytesIOType, unsupportedOperation, iobaseType,
} from '../io.js';
import { def } from './util.js';
import { BlockingIOError } from '../exceptions.js';
import { strValue } from '../abstract.js';
import { None } from '../type.js';

export function initIOModule(m: PyModule): void {
  m.ns.setStr('open', new PyBuiltin('open', openFile, m));
  def(m, 'open_code', (args) => openFile([args[0]!, 'rb'], null));
  def(m, 'text_encoding', (args) => (args[0] === None || args[0] === undefined ? 'utf-8' : args[0]!));
  m.ns.setStr('DEFAULT_BUFFER_SIZE', 8192);
  m.ns.setStr('BlockingIOError', BlockingIOError);
  m.ns.setStr('UnsupportedOperation', unsupportedOperation);
  m.ns.setStr('_IOBase', iobaseType);
  for (const name of ['_RawIOBase', '_BufferedIOBase', '_TextIOBase']) {
    const t = builtinType(name, iobaseType, TF_BASETYPE);
    t.moduleName = '_io';
    m.ns.setStr(name, t);
  }
  m.ns.setStr('FileIO', bufferedType);
  m.ns.setStr('BufferedReader', bufferedReaderType);
  m.ns.setStr('BufferedWriter', bufferedType);
  m.ns.setStr('BufferedRandom', bufferedType);
  m.ns.setStr('BufferedRWPair', bufferedType);
  m.ns.setStr('TextIOWrapper', textIOWrapperType);
  m.ns.setStr('StringIO', stringIOType);
  m.ns.setStr('BytesIO', bytesIOType);
  const nl = builtinType('IncrementalNewlineDecoder', objectType, TF_BASETYPE);
  nl.moduleName = '_io';
  m.ns.setStr('IncrementalNewlineDecoder', nl);
  void strValue;
}
