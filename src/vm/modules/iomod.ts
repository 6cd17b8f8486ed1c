// _io: the classes io.py re-exports (open, FileIO, Buffered*, TextIOWrapper, StringIO, BytesIO, ...).

import type { PyModule } from '../module.js';
import { PyBuiltin } from '../function.js';
import {
  openFile, textIOWrapperType, bufferedReaderType, bufferedWriterType, bufferedRandomType, bufferedRWPairType, stringIOType, bytesIOType,
  unsupportedOperation, iobaseType, rawiobaseType, bufferediobaseType, textiobaseType, fileIOType, newlineDecoderType, DEFAULT_BUFFER_SIZE,
  initNewlineDecoder,
} from '../io.js';
import { def } from './util.js';
import { importAbs } from '../import.js';
import { BlockingIOError } from '../exceptions.js';
import { None } from '../type.js';

export function initIOModule(m: PyModule): void {
  // builtins.open is io.open
  const bopen = (importAbs('builtins') as PyModule).ns.getStr('open');
  m.ns.setStr('open', bopen ?? new PyBuiltin('open', openFile, m));
  def(m, 'open_code', (args) => openFile([args[0]!, 'rb'], null));
  def(m, 'text_encoding', (args) => (args[0] === None || args[0] === undefined ? 'locale' : args[0]!));
  m.ns.setStr('DEFAULT_BUFFER_SIZE', DEFAULT_BUFFER_SIZE);
  m.ns.setStr('BlockingIOError', BlockingIOError);
  m.ns.setStr('UnsupportedOperation', unsupportedOperation);
  m.ns.setStr('_IOBase', iobaseType);
  m.ns.setStr('_RawIOBase', rawiobaseType);
  m.ns.setStr('_BufferedIOBase', bufferediobaseType);
  m.ns.setStr('_TextIOBase', textiobaseType);
  m.ns.setStr('FileIO', fileIOType);
  m.ns.setStr('BufferedReader', bufferedReaderType);
  m.ns.setStr('BufferedWriter', bufferedWriterType);
  m.ns.setStr('BufferedRandom', bufferedRandomType);
  m.ns.setStr('BufferedRWPair', bufferedRWPairType);
  m.ns.setStr('TextIOWrapper', textIOWrapperType);
  m.ns.setStr('StringIO', stringIOType);
  m.ns.setStr('BytesIO', bytesIOType);
  initNewlineDecoder();
  m.ns.setStr('IncrementalNewlineDecoder', newlineDecoderType);
}
