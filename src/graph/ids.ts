import { createHash } from 'node:crypto';

// New-style (2204.10245, 0704.0001) and old-style (hep-th/9901001, math.GT/0309136) ids.
const ARXIV_ID = /^(?:arxiv:\s*)?(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;

/** The arXiv id without version, or undefined when the text is not one. */
export function parseArxivId(text: string): string | undefined {
  const match = ARXIV_ID.exec(text.trim());
  return match ? match[1]!.replace(/^([a-z-]+)/i, (name) => name.toLowerCase()) : undefined;
}

/** First 16 hex digits of the SHA-256 of a dedupe key: the fallback paper id. */
export function textHash(key: string): string {
  // toString of 8 bytes makes a fresh 16-character string, where slice() of the hex
  // digest would keep all 64 characters alive in every remembered key.
  return createHash('sha256').update(key).digest().toString('hex', 0, 8);
}

/** `YYYY-MM-DD` when it names a real day, else undefined. */
export function isoDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = new Date(`${match[0]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0] ? undefined : match[0];
}

/** A date in any form `Date` reads (arXiv's RFC 2822 `Mon, 2 Apr 2007 19:18:42 GMT`) as a UTC day. */
export function dayOf(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const day = isoDay(text);
  if (day) return day;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
