// The codecs a PEP 263 coding declaration can name, looked up as Python's codec registry looks
// them up (Lib/encodings/__init__.py: normalize_encoding, then Lib/encodings/aliases.py), and
// decoding with CPython's UnicodeDecodeError messages. ascii, latin-1 and cp1252 are decoded
// here, byte for byte as CPython does; the other single-byte and the CJK codecs go through
// Node's TextDecoder (WHATWG tables; for the single-byte ones, the bytes Python leaves undefined
// are listed here), with the position of the first byte rejected and the reason Python's codec
// family gives.
// UTF-8 itself is not here: see decode.ts.

/** A decoding failure: the text of str(UnicodeDecodeError) or str(LookupError). */
export class CodecError extends Error {}

interface Codec {
  /** The codec name in UnicodeDecodeError messages. */
  errorName: string;
  decode(bytes: Uint8Array): string;
}

function decodeError(codec: string, bytes: Uint8Array, position: number, reason: string): CodecError {
  return new CodecError(`'${codec}' codec can't decode byte 0x${bytes[position]!.toString(16).padStart(2, '0')} in position ${position}: ${reason}`);
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

const ASCII: Codec = {
  errorName: 'ascii',
  decode(bytes) {
    const bad = bytes.findIndex((b) => b >= 0x80);
    if (bad >= 0) throw decodeError('ascii', bytes, bad, 'ordinal not in range(128)');
    return latin1(bytes);
  },
};

const LATIN_1: Codec = { errorName: 'latin-1', decode: latin1 };

// Lib/encodings/cp1252.py, 0x80..0x9F; 0xFFFE marks the five undefined bytes.
const CP1252_HIGH = [
  0x20ac, 0xfffe, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffe, 0x017d, 0xfffe,
  0xfffe, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffe, 0x017e, 0x0178,
];

const CP1252: Codec = {
  errorName: 'charmap',
  decode(bytes) {
    const units = new Array<number>(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const c = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
      if (c === 0xfffe) throw decodeError('charmap', bytes, i, 'character maps to <undefined>');
      units[i] = c;
    }
    let out = '';
    for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
    return out;
  },
};

function textDecoderCodec(label: string, errorName: string, reason: string, undefinedBytes: readonly number[] = []): Codec {
  return {
    errorName,
    decode(bytes) {
      // Bytes Python's table leaves undefined where the WHATWG table maps them (to C1 controls).
      const undefinedAt = undefinedBytes.length === 0 ? -1 : bytes.findIndex((b) => undefinedBytes.includes(b));
      if (undefinedAt >= 0) {
        this.decode(bytes.subarray(0, undefinedAt));
        throw decodeError(errorName, bytes, undefinedAt, reason);
      }
      try {
        return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        // The first rejected byte: the shortest prefix a streaming decoder refuses.
        let lo = 1;
        let hi = bytes.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          let ok = true;
          try {
            new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid), { stream: true });
          } catch {
            ok = false;
          }
          if (ok) lo = mid + 1;
          else hi = mid;
        }
        // A multibyte codec reports the sequence the rejected byte was continuing.
        let at = Math.max(0, lo - 1);
        for (let k = at; k >= Math.max(0, at - 3); k--) {
          try {
            new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, k));
            at = k;
            break;
          } catch {
            // still inside the sequence
          }
        }
        throw decodeError(errorName, bytes, at, reason);
      }
    },
  };
}

const charmap = (label: string, undefinedBytes: number[] = []): Codec =>
  textDecoderCodec(label, 'charmap', 'character maps to <undefined>', undefinedBytes);
const multibyte = (label: string, name: string): Codec => textDecoderCodec(label, name, 'illegal multibyte sequence');

/** Codec modules of Lib/encodings/ that pyc can decode, by module name. */
const CODECS: Record<string, Codec> = {
  ascii: ASCII,
  latin_1: LATIN_1,
  cp1252: CP1252,
  ...Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16].map((n) => [`iso8859_${n}`, charmap(`iso-8859-${n}`)])),
  cp1250: charmap('windows-1250', [0x81, 0x83, 0x88, 0x90, 0x98]),
  cp1251: charmap('windows-1251', [0x98]),
  cp1253: charmap('windows-1253', [0x81, 0x88, 0x8a, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x98, 0x9a, 0x9c, 0x9d, 0x9e, 0x9f, 0xaa]),
  cp1254: charmap('windows-1254', [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e]),
  cp1255: charmap('windows-1255', [0x81, 0x8a, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9c, 0x9d, 0x9e, 0x9f]),
  cp1256: charmap('windows-1256'),
  cp1257: charmap('windows-1257', [0x81, 0x83, 0x88, 0x8a, 0x8c, 0x90, 0x98, 0x9a, 0x9c, 0x9f]),
  cp1258: charmap('windows-1258', [0x81, 0x8a, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9d, 0x9e]),
  cp874: charmap('windows-874', [0x81, 0x82, 0x83, 0x84, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x98, 0x99, 0x9a,
    0x9b, 0x9c, 0x9d, 0x9e, 0x9f, 0xdb, 0xdc, 0xdd, 0xde, 0xfc, 0xfd, 0xfe, 0xff]),
  cp866: charmap('ibm866'),
  koi8_r: charmap('koi8-r'),
  koi8_u: charmap('koi8-u'),
  mac_roman: charmap('macintosh'),
  mac_cyrillic: charmap('x-mac-cyrillic'),
  shift_jis: multibyte('shift_jis', 'shift_jis'),
  euc_jp: multibyte('euc-jp', 'euc_jp'),
  iso2022_jp: multibyte('iso-2022-jp', 'iso2022_jp'),
  gbk: multibyte('gbk', 'gbk'),
  gb2312: multibyte('gbk', 'gb2312'),
  gb18030: multibyte('gb18030', 'gb18030'),
  big5: multibyte('big5', 'big5'),
  euc_kr: multibyte('euc-kr', 'euc_kr'),
};

/** The entries of Lib/encodings/aliases.py (3.11) that name the codecs above, and UTF-8's. */
const ALIASES: Record<string, string> = {
  ...Object.fromEntries(['646', 'ansi_x3.4_1968', 'ansi_x3.4_1986', 'ansi_x3_4_1968', 'cp367', 'csascii', 'ibm367', 'iso646_us',
    'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii'].map((a) => [a, 'ascii'])),
  ...Object.fromEntries(['8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1', 'iso_8859_1', 'iso_8859_1_1987', 'iso_ir_100',
    'l1', 'latin', 'latin1'].map((a) => [a, 'latin_1'])),
  ...Object.fromEntries(['cp65001', 'u8', 'utf', 'utf8', 'utf8_ucs2', 'utf8_ucs4'].map((a) => [a, 'utf_8'])),
  1252: 'cp1252', windows_1252: 'cp1252',
  csisolatin2: 'iso8859_2', iso_8859_2: 'iso8859_2', iso_8859_2_1987: 'iso8859_2', iso_ir_101: 'iso8859_2', l2: 'iso8859_2', latin2: 'iso8859_2',
  csisolatin3: 'iso8859_3', iso_8859_3: 'iso8859_3', iso_8859_3_1988: 'iso8859_3', iso_ir_109: 'iso8859_3', l3: 'iso8859_3', latin3: 'iso8859_3',
  csisolatin4: 'iso8859_4', iso_8859_4: 'iso8859_4', iso_8859_4_1988: 'iso8859_4', iso_ir_110: 'iso8859_4', l4: 'iso8859_4', latin4: 'iso8859_4',
  csisolatincyrillic: 'iso8859_5', cyrillic: 'iso8859_5', iso_8859_5: 'iso8859_5', iso_8859_5_1988: 'iso8859_5', iso_ir_144: 'iso8859_5',
  arabic: 'iso8859_6', asmo_708: 'iso8859_6', csisolatinarabic: 'iso8859_6', ecma_114: 'iso8859_6', iso_8859_6: 'iso8859_6',
  iso_8859_6_1987: 'iso8859_6', iso_ir_127: 'iso8859_6',
  csisolatingreek: 'iso8859_7', ecma_118: 'iso8859_7', elot_928: 'iso8859_7', greek: 'iso8859_7', greek8: 'iso8859_7', iso_8859_7: 'iso8859_7',
  iso_8859_7_1987: 'iso8859_7', iso_ir_126: 'iso8859_7',
  csisolatinhebrew: 'iso8859_8', hebrew: 'iso8859_8', iso_8859_8: 'iso8859_8', iso_8859_8_1988: 'iso8859_8', iso_ir_138: 'iso8859_8',
  csisolatin6: 'iso8859_10', iso_8859_10: 'iso8859_10', iso_8859_10_1992: 'iso8859_10', iso_ir_157: 'iso8859_10', l6: 'iso8859_10', latin6: 'iso8859_10',
  iso_8859_13: 'iso8859_13', l7: 'iso8859_13', latin7: 'iso8859_13',
  iso_8859_14: 'iso8859_14', iso_8859_14_1998: 'iso8859_14', iso_celtic: 'iso8859_14', iso_ir_199: 'iso8859_14', l8: 'iso8859_14', latin8: 'iso8859_14',
  iso_8859_15: 'iso8859_15', l9: 'iso8859_15', latin9: 'iso8859_15',
  iso_8859_16: 'iso8859_16', iso_8859_16_2001: 'iso8859_16', iso_ir_226: 'iso8859_16', l10: 'iso8859_16', latin10: 'iso8859_16',
  1250: 'cp1250', windows_1250: 'cp1250', 1251: 'cp1251', windows_1251: 'cp1251', 1253: 'cp1253', windows_1253: 'cp1253',
  1254: 'cp1254', windows_1254: 'cp1254', 1255: 'cp1255', windows_1255: 'cp1255', 1256: 'cp1256', windows_1256: 'cp1256',
  1257: 'cp1257', windows_1257: 'cp1257', 1258: 'cp1258', windows_1258: 'cp1258',
  cskoi8r: 'koi8_r', 866: 'cp866', csibm866: 'cp866', ibm866: 'cp866', macintosh: 'mac_roman', macroman: 'mac_roman', maccyrillic: 'mac_cyrillic',
  csshiftjis: 'shift_jis', s_jis: 'shift_jis', shiftjis: 'shift_jis', sjis: 'shift_jis', x_mac_japanese: 'shift_jis',
  eucjp: 'euc_jp', u_jis: 'euc_jp', ujis: 'euc_jp', csiso2022jp: 'iso2022_jp', iso2022jp: 'iso2022_jp', iso_2022_jp: 'iso2022_jp',
  936: 'gbk', cp936: 'gbk', ms936: 'gbk', gb18030_2000: 'gb18030',
  chinese: 'gb2312', csiso58gb231280: 'gb2312', euc_cn: 'gb2312', euccn: 'gb2312', eucgb2312_cn: 'gb2312', gb2312_1980: 'gb2312',
  gb2312_80: 'gb2312', iso_ir_58: 'gb2312', x_mac_simp_chinese: 'gb2312',
  big5_tw: 'big5', csbig5: 'big5', x_mac_trad_chinese: 'big5',
  euckr: 'euc_kr', korean: 'euc_kr', ks_c_5601: 'euc_kr', ks_c_5601_1987: 'euc_kr', ks_x_1001: 'euc_kr', ksc5601: 'euc_kr', ksx1001: 'euc_kr',
  x_mac_korean: 'euc_kr',
};

/** encodings.normalize_encoding after codecs.lookup lower-cased the name. */
function normalizeEncoding(name: string): string {
  let out = '';
  let punct = false;
  for (const c of name.toLowerCase()) {
    if (/[a-z0-9.]/.test(c)) {
      if (punct && out.length > 0) out += '_';
      out += c;
      punct = false;
    } else punct = true;
  }
  return out;
}

/** The codec module (Lib/encodings/<module>.py) a declared name selects, as encodings.search_function finds it. */
export function codecModule(name: string): string {
  const norm = normalizeEncoding(name);
  return ALIASES[norm] ?? ALIASES[norm.replace(/\./g, '_')] ?? norm;
}

/**
 * `bytes.decode(name)` (strict) for a declared encoding other than UTF-8. Throws CodecError
 * with str() of the LookupError or UnicodeDecodeError Python raises.
 */
export function decodeWithCodec(bytes: Uint8Array, name: string): string {
  const module = codecModule(name);
  const codec = CODECS[module];
  if (codec === undefined) throw new CodecError(`unknown encoding: ${name}`);
  return codec.decode(bytes);
}
