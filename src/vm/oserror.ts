// OSError from a Node.js system error: CPython's errno, message and OSError subclass.

import type { Value } from './object.js';
import type { PyType } from './type.js';
import { None } from './type.js';
import {
  newExc, OSError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError, PyBaseException,
  BrokenPipeError, BlockingIOError, InterruptedError, ChildProcessError, ProcessLookupError,
} from './exceptions.js';

export const ERRNO_OF: Record<string, [number, string, PyType]> = {
  ENOENT: [2, 'No such file or directory', FileNotFoundError],
  EEXIST: [17, 'File exists', FileExistsError],
  EACCES: [13, 'Permission denied', PermissionError],
  EPERM: [1, 'Operation not permitted', PermissionError],
  EISDIR: [21, 'Is a directory', IsADirectoryError],
  ENOTDIR: [20, 'Not a directory', NotADirectoryError],
  ENOTEMPTY: [39, 'Directory not empty', OSError],
  EBADF: [9, 'Bad file descriptor', OSError],
  EINVAL: [22, 'Invalid argument', OSError],
  EXDEV: [18, 'Invalid cross-device link', OSError],
  ELOOP: [40, 'Too many levels of symbolic links', OSError],
  ENAMETOOLONG: [36, 'File name too long', OSError],
  ESPIPE: [29, 'Illegal seek', OSError],
  EPIPE: [32, 'Broken pipe', BrokenPipeError],
  EAGAIN: [11, 'Resource temporarily unavailable', BlockingIOError],
  EINTR: [4, 'Interrupted system call', InterruptedError],
  ECHILD: [10, 'No child processes', ChildProcessError],
  ESRCH: [3, 'No such process', ProcessLookupError],
  ENOSPC: [28, 'No space left on device', OSError],
  EROFS: [30, 'Read-only file system', OSError],
  EMFILE: [24, 'Too many open files', OSError],
  ENOTTY: [25, 'Inappropriate ioctl for device', OSError],
  EFBIG: [27, 'File too large', OSError],
  ETXTBSY: [26, 'Text file busy', OSError],
};

export const STRERROR: Record<number, string> = Object.fromEntries(Object.values(ERRNO_OF).map(([n, s]) => [n, s]));

/** OSError(errno, strerror[, filename[, 0, filename2]]) of the right subclass. */
export function oserrorFromCode(errno: number, msg: string, t: PyType = OSError, path?: Value, path2?: Value): PyBaseException {
  const args: Value[] = [errno, msg];
  if (path !== undefined) args.push(path);
  if (path2 !== undefined) args.push(0, path2);
  const ex = newExc(t, ...args);
  ex.args = [errno, msg];
  ex.setField('errno', errno);
  ex.setField('strerror', msg);
  ex.setField('filename', path ?? None);
  ex.setField('filename2', path2 ?? None);
  return ex;
}

/** The OSError for a Node.js error (`e.code` such as 'ENOENT'). */
export function oserror(e: unknown, path?: Value, path2?: Value): PyBaseException {
  if (e instanceof PyBaseException) return e;
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const m = ERRNO_OF[code];
  const errno = m ? m[0] : Math.abs((e as NodeJS.ErrnoException).errno ?? 0);
  const msg = m ? m[1] : (e as Error).message;
  return oserrorFromCode(errno, msg, m ? m[2] : OSError, path, path2);
}

/** OSError for an errno name ('ESPIPE'). */
export function oserrorNamed(code: string, path?: Value): PyBaseException {
  const m = ERRNO_OF[code]!;
  return oserrorFromCode(m[0], m[1], m[2], path);
}
