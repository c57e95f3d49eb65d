/** Marks a memoised `undefined`, so that an absent answer costs one probe too. */
const NONE = Symbol('none');

/**
 * A one-argument function memoised by its string argument. Extraction asks about the same names,
 * phrases and tokens again and again; the cache empties itself past `limit` entries, so memory
 * stays bounded over a corpus of any size.
 */
export function memoize<R>(fn: (arg: string) => R, limit = 20_000): (arg: string) => R {
  const cache = new Map<string, R | typeof NONE>();
  return (arg: string): R => {
    const hit = cache.get(arg);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as R;
    if (cache.size > limit) cache.clear();
    const value = fn(arg);
    cache.set(arg, value === undefined ? NONE : value);
    return value;
  };
}
