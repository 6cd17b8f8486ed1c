// str.encode / bytes.decode for encodings without a native codec: the Python codec registry
// (codecs.lookup through the encodings package), as PyUnicode_AsEncodedString does.

import type { Value } from './object.js';
import { typeOf } from './type.js';
import { PyBytes } from './bytes.js';
import { newExc, LookupError, typeError } from './exceptions.js';
import { call, callMethod, getAttr, getAttrOpt, strValue, toArray, truthy } from './abstract.js';
import { importAbs } from './import.js';
import { setCodecFallback } from './codecs.js';

function lookup(encoding: string, forEncode: boolean): Value {
  importAbs('encodings');
  const info = callMethod(importAbs('codecs'), 'lookup', [encoding]);
  const isText = getAttrOpt(info, '_is_text_encoding');
  if (isText !== undefined && !truthy(isText)) {
    throw newExc(LookupError, `'${encoding}' is not a text encoding; use codecs.${forEncode ? 'encode' : 'decode'}() to handle arbitrary codecs`);
  }
  return info;
}

export function installCodecFallback(): void {
  setCodecFallback({
    encode(s: string, encoding: string, errors: string): Uint8Array {
      const info = lookup(encoding, true);
      const r = toArray(call(getAttr(info, 'encode'), [s, errors]))[0]!;
      if (!(r instanceof PyBytes)) {
        throw typeError(`'${encoding}' encoder returned '${typeOf(r).name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
      }
      return r.data;
    },
    decode(data: Uint8Array, encoding: string, errors: string): string {
      const info = lookup(encoding, false);
      const r = toArray(call(getAttr(info, 'decode'), [new PyBytes(data), errors]))[0]!;
      const s = strValue(r);
      if (s === undefined) {
        throw typeError(`'${encoding}' decoder returned '${typeOf(r).name}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
      }
      return s;
    },
  });
}
