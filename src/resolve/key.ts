/**
 * Keys and surface clean-up shared by extraction, loading and the GraphQL API.
 * A key must be reproducible from anything a user might type, so it keeps only
 * letters and digits: `CIFAR-10`, `cifar10` and `Cifar 10` all give `cifar10`.
 */

export { normalKey } from '../graph/key.js';

/** Turns TeX-ish surface forms into plain text: `S$^2$-MLPv2` → `S2-MLPv2`. */
export function plainSurface(text: string): string {
  return text
    .replace(/\$\s*\^\s*\{?([^$}]*)\}?\s*\$/g, '$1')
    .replace(/\$\s*_\s*\{?([^$}]*)\}?\s*\$/g, '$1')
    .replace(/\\(?:textit|textbf|emph|texttt|mathrm|text|mathbf|textsc)\{([^}]*)\}/g, '$1')
    .replace(/[“”"‘’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Hyphen and space variants a gazetteer should also recognise. */
export function spellingVariants(name: string): string[] {
  const out = new Set([name]);
  if (name.includes('-')) {
    out.add(name.replace(/-/g, ''));
    out.add(name.replace(/-/g, ' '));
  }
  // `ImageNet-1K` is also written `ImageNet1K`; `CIFAR 10` as `CIFAR-10`.
  const m = /^(.*[A-Za-z])[ ]?(\d[\w.]*)$/.exec(name);
  if (m) {
    out.add(`${m[1]}-${m[2]}`);
    out.add(`${m[1]}${m[2]}`);
  }
  return [...out];
}
