import { GraphQLError } from 'graphql';
import { parseArxivId } from '../graph/ids.js';
import type { PaperCursor } from './repository.js';

export const MAX_PAGE = 100;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Page sizes are checked before any database work. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`);
  return size;
}

export { API_TYPE, MODEL_TYPE } from '../graph/vocabulary.js';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function decode(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after is not a cursor this API returned');
  }
}

export const paperCursor = (paper: { published: string | null; id: string }): string => encode({ s: paper.published ?? '', i: paper.id });

export function readPaperCursor(after: string | null | undefined): PaperCursor | null {
  if (after == null) return null;
  const value = decode(after) as { s?: unknown; i?: unknown };
  if (typeof value?.s !== 'string' || typeof value.i !== 'string') throw badInput('after is not a paper cursor');
  return { sort: value.s, id: value.i };
}

export const offsetCursor = (offset: number): string => encode({ o: offset });

/** The largest list position a cursor may name. */
export const MAX_OFFSET = 1_000_000;

export function readOffsetCursor(after: string | null | undefined): number {
  if (after == null) return 0;
  const value = decode(after) as { o?: unknown };
  // Our cursors never point past a list's millionth entry; a forged larger one must not reach Cypher's integer arithmetic.
  if (typeof value?.o !== 'number' || !Number.isInteger(value.o) || value.o < 0 || value.o > MAX_OFFSET) throw badInput('after is not a list cursor');
  return value.o + 1;
}

/** Page arguments of a connection. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Where a ranked list's page starts and how long it is. */
export function rankedPage(args: PageArgs): { offset: number; limit: number } {
  return { offset: readOffsetCursor(args.after), limit: pageSize(args.first) };
}

/** Dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `to` is padded to the end of its period. */
export function dateBound(value: string | null | undefined, end: boolean): string | null {
  if (value == null) return null;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw badInput(`dates must look like 2024, 2024-05 or 2024-05-17, not "${value}"`);
  return end ? `${value}${'-99-99'.slice(value.length - 4)}` : value;
}

/** arXiv ids are accepted with a version suffix (`2204.10245v2`, `hep-th/9901001v1`). */
export function paperIdOf(id: string): string {
  return parseArxivId(id) ?? id.trim();
}

/**
 * Lucene query for typeahead: every word as a prefix, the last also fuzzy, special characters
 * escaped so user input cannot change the query's meaning.
 */
export const MAX_SEARCH_TEXT = 500;
export const MAX_SEARCH_WORD = 64;

export function searchQuery(text: string): { query: string; prefix: string } {
  // Lucene builds an automaton per prefix/fuzzy term; a very long word makes it too large (a database error).
  if (text.length > MAX_SEARCH_TEXT) throw badInput(`search text must be at most ${MAX_SEARCH_TEXT} characters`);
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) throw badInput('search text needs at least one letter or digit');
  if (words.some((word) => word.length > MAX_SEARCH_WORD)) throw badInput(`search words must be at most ${MAX_SEARCH_WORD} characters`);
  const terms = words.map((word) => (word.length >= 4 ? `(${word}* OR ${word}~1)` : `${word}*`));
  return { query: terms.join(' AND '), prefix: text.trim().toLowerCase() };
}
