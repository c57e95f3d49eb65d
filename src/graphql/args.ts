import { GraphQLError } from 'graphql';
import { parseArxivId } from '../graph/ids.js';
import type { PaperCursor } from './repository.js';

export const MAX_PAGE = 100;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Sizes of plain lists (`search`, `results`) are checked before any database work. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}`);
  return size;
}

export { API_TYPE, MODEL_TYPE } from '../graph/vocabulary.js';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function decode(cursor: string, name: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(`${name} is not a cursor this API returned`);
  }
}

/** Page arguments of a Relay connection. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** How many edges a page holds, and whether they are counted from the end (`last`). */
export function pageWindow(args: PageArgs): { size: number; backward: boolean } {
  if (args.first != null && args.last != null) {
    throw badInput('first and last cannot be used together: page forward with first/after or backward with last/before');
  }
  const backward = args.last != null;
  const size = backward ? args.last! : (args.first ?? 20);
  const name = backward ? 'last' : 'first';
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badInput(`${name} must be between 1 and ${MAX_PAGE}`);
  return { size, backward };
}

export const paperCursor = (paper: { published: string | null; id: string }): string => encode({ s: paper.published ?? '', i: paper.id });

export function readPaperCursor(cursor: string | null | undefined, name = 'after'): PaperCursor | null {
  if (cursor == null) return null;
  const value = decode(cursor, name) as { s?: unknown; i?: unknown };
  if (typeof value?.s !== 'string' || typeof value.i !== 'string') throw badInput(`${name} is not a paper cursor`);
  return { sort: value.s, id: value.i };
}

/** A page of a newest-first paper list: keyset bounds on both sides, size and direction. */
export interface PaperPage {
  after: PaperCursor | null;
  before: PaperCursor | null;
  size: number;
  backward: boolean;
}

export function paperPage(args: PageArgs): PaperPage {
  return { ...pageWindow(args), after: readPaperCursor(args.after, 'after'), before: readPaperCursor(args.before, 'before') };
}

export const offsetCursor = (offset: number): string => encode({ o: offset });

/** The largest list position a cursor may name. */
export const MAX_OFFSET = 1_000_000;

function cursorOffset(cursor: string | null | undefined, name: string): number | null {
  if (cursor == null) return null;
  const value = decode(cursor, name) as { o?: unknown };
  // Our cursors never point past a list's millionth entry; a forged larger one must not reach Cypher's integer arithmetic.
  if (typeof value?.o !== 'number' || !Number.isInteger(value.o) || value.o < 0 || value.o > MAX_OFFSET) {
    throw badInput(`${name} is not a list cursor`);
  }
  return value.o;
}

/** Where a forward page after the cursor `after` starts (0 without one). */
export const readOffsetCursor = (after: string | null | undefined): number => {
  const at = cursorOffset(after, 'after');
  return at === null ? 0 : at + 1;
};

/**
 * Where a ranked list's page starts and how long it is. With `last` and no `before` the end of the
 * list is not known here: `fromEnd` asks the query to take the last `limit` entries at or after
 * `offset`.
 */
export interface RankedPage {
  offset: number;
  limit: number;
  fromEnd: boolean;
}

export function rankedPage(args: PageArgs): RankedPage {
  const { size, backward } = pageWindow(args);
  const after = cursorOffset(args.after, 'after');
  const before = cursorOffset(args.before, 'before');
  const start = after === null ? 0 : after + 1;
  if (before !== null && before <= start) return { offset: start, limit: 0, fromEnd: false };
  if (!backward) return { offset: start, limit: before === null ? size : Math.min(size, before - start), fromEnd: false };
  if (before === null) return { offset: start, limit: size, fromEnd: true };
  const offset = Math.max(start, before - size);
  return { offset, limit: before - offset, fromEnd: false };
}

/** Dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `to` is padded to the end of its period. */
export function dateBound(value: string | null | undefined, end: boolean): string | null {
  if (value == null) return null;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw badInput(`dates must look like 2024, 2024-05 or 2024-05-17, not "${value}"`);
  return end ? `${value}${'-99-99'.slice(value.length - 4)}` : value;
}

/** The most ids one `nodes` call takes. */
export const MAX_NODES = 100;

/** `nodes(ids:)` lists are bounded like pages, before any database work. */
export function nodeIds(ids: readonly string[]): readonly string[] {
  if (ids.length > MAX_NODES) throw badInput(`nodes takes at most ${MAX_NODES} ids, not ${ids.length}`);
  return ids;
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
