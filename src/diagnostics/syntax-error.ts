// A compile-time error as Python reports it. Stages throw it; the CLI prints it in CPython's
// format or as the JSON error object of `--jsonl`.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorInfo {
  type: SyntaxErrorType;
  msg: string;
  /** 1-based line, as CPython's SyntaxError.lineno. */
  lineno: number;
  /**
   * 1-based column, as CPython's SyntaxError.offset: code points for most parser errors, UTF-8
   * bytes where CPython reports bytes (symtable errors, files without a coding declaration).
   */
  offset: number;
  end_lineno: number | null;
  end_offset: number | null;
}

export class PySyntaxError extends Error implements SyntaxErrorInfo {
  readonly type: SyntaxErrorType;
  readonly msg: string;
  readonly lineno: number;
  readonly offset: number;
  readonly end_lineno: number | null;
  readonly end_offset: number | null;

  constructor(info: SyntaxErrorInfo) {
    super(`${info.type}: ${info.msg} (line ${info.lineno}, offset ${info.offset})`);
    this.type = info.type;
    this.msg = info.msg;
    this.lineno = info.lineno;
    this.offset = info.offset;
    this.end_lineno = info.end_lineno;
    this.end_offset = info.end_offset;
  }

  /**
   * An error CPython raises before it knows any position (lineno and offset are None there,
   * e.g. "source code string cannot contain null bytes"); they read as null.
   */
  static withoutLocation(msg: string): PySyntaxError {
    return new PySyntaxError({ type: 'SyntaxError', msg, lineno: null as unknown as number, offset: null as unknown as number, end_lineno: null, end_offset: null });
  }

  info(): SyntaxErrorInfo {
    const { type, msg, lineno, offset, end_lineno, end_offset } = this;
    return { type, msg, lineno, offset, end_lineno, end_offset };
  }
}
