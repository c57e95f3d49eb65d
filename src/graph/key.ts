/**
 * The lookup key of a name, shared by resolution, loading and the GraphQL API: a key must be
 * reproducible from anything a user might type, so it keeps only letters and digits
 * (`CIFAR-10`, `cifar10` and `Cifar 10` all give `cifar10`).
 */

/** Lower-case, NFKC, letters and digits only. */
export function normalKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
