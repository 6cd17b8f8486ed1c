// Private name mangling, as CPython's `_Py_Mangle` (Python/compile.c, 3.11): inside class `C`,
// `__x` is stored as `_C__x`. The symbol table and the compiler must mangle identically.

/**
 * `name` as seen from inside class `privateName` (null outside any class). Names that do not start
 * with two underscores, end with two underscores (`__init__`) or contain a dot (dotted import
 * names) are left alone, and so is everything in a class whose name is only underscores.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || name.length < 2 || name[0] !== '_' || name[1] !== '_') return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  let start = 0;
  while (start < privateName.length && privateName[start] === '_') start++;
  if (start === privateName.length) return name;
  return '_' + privateName.slice(start) + name;
}
