// str.encode / bytes.decode for encodings without a native codec: the Python codec registry
// (codecs.lookup through the encodings package), as PyUnicode_AsEncodedString does.

import type { Value } from './object.js';
import { typeOf } from './type.js';
import { PyBytes } from './bytes.js';
import { newExc, LookupError, typeError } from './exceptions.js';
import { call, callMethod, getAttrOpt, getItem, strValue, truthy } from './abstract.js';
import { PyTuple } from './tuple.js';
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

/** The object of an encoder's/decoder's (object, length) result. */
function codecResult(r: Value, what: string): Value {
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError(`${what} must return a tuple (object, integer)`);
  return r.items[0]!;
}

export function installCodecFallback(): void {
  setCodecFallback({
    encode(s: string, encoding: string, errors: string): Uint8Array {
      const info = lookup(encoding, true);
      const r = codecResult(call(getItem(info, 0), [s, errors]), 'encoder');
      if (!(r instanceof PyBytes)) {
        throw typeError(`'${encoding}' encoder returned '${typeOf(r).name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
      }
      return r.data;
    },
    decode(data: Uint8Array, encoding: string, errors: string): string {
      const info = lookup(encoding, false);
      const r = codecResult(call(getItem(info, 1), [new PyBytes(data), errors]), 'decoder');
      const s = strValue(r);
      if (s === undefined) {
        throw typeError(`'${encoding}' decoder returned '${typeOf(r).name}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
      }
      return s;
    },
  });
}
