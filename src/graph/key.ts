/**
 * The lookup key of a name, shared by resolution, loading and the GraphQL API: a key must be
 * reproducible from anything a user might type, so it keeps only letters and digits
 * (`CIFAR-10`, `cifar10` and `Cifar 10` all give `cifar10`).
 */

/** Lower-case, NFKC, letters and digits only. Memoised: extraction asks for the same names' keys many times. */
export function normalKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size > 20_000) keys.clear();
    key = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
    keys.set(text, key);
  }
  return key;
}

const keys = new Map<string, string>();
