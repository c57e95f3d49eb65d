/**
 * The lookup key of a name, shared by resolution, loading and the GraphQL API: a key must be
 * reproducible from anything a user might type, so it keeps only letters and digits
 * (`CIFAR-10`, `cifar10` and `Cifar 10` all give `cifar10`).
 */

import { memoize } from './memo.js';

/** Lower-case, NFKC, letters and digits only. Memoised: extraction asks for the same names' keys many times. */
export const normalKey: (text: string) => string = memoize((text) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
