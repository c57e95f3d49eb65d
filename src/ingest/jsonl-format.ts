import { dayOf, parseArxivId } from './ids.js';
import type { LineEvent } from './lines.js';
import type { RawRecord, RejectLine } from './raw.js';
import { normaliseSpace } from './clean.js';

type Json = Record<string, unknown>;

/**
 * Reads one JSON object a line: the arXiv metadata snapshot, or any `{id, title,
 * abstract}`. A `.json` file written as an array with one object a line is read too
 * (the brackets and separating commas are dropped).
 */
export async function* readJsonRecords(lines: AsyncIterable<LineEvent[]>, reject: RejectLine): AsyncGenerator<RawRecord> {
  for await (const batch of lines)
    for (const event of batch) {
      if (event.error !== undefined) {
        reject(event.line, event.error);
        continue;
      }
      const text = event.text
        .trim()
        .replace(/^\[(?=\s*\{)/, '')
        .replace(/\}\s*[,\]]+$/, '}');
      if (text === '' || text === '[' || text === ']') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        reject(event.line, `invalid JSON: ${(error as Error).message}`);
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        reject(event.line, `not a JSON object (${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value})`);
        continue;
      }
      const record = toRecord(value as Json, event.line);
      if (typeof record === 'string') reject(event.line, record);
      else yield record;
    }
}

/** The record, or why the object is not one. */
function toRecord(object: Json, line: number): RawRecord | string {
  const abstract = object.abstract;
  if (abstract === undefined) return 'JSON object without "abstract"';
  if (typeof abstract !== 'string') return `"abstract" is a ${typeof abstract}, not a string`;
  if (abstract.trim() === '') return 'empty "abstract"';
  const record: RawRecord = { line, abstract };
  const id = scalar(object.id);
  if (id) {
    record.givenId = id;
    const arxivId = parseArxivId(id);
    if (arxivId) record.arxivId = arxivId;
  }
  const explicitArxiv = scalar(object.arxiv_id ?? object.arxivId);
  if (explicitArxiv && parseArxivId(explicitArxiv)) record.arxivId = parseArxivId(explicitArxiv);
  const title = scalar(object.title);
  if (title) record.title = normaliseSpace(title);
  const comment = scalar(object.comments ?? object.comment);
  if (comment) record.comment = normaliseSpace(comment);
  const published = firstVersionDay(object.versions) ?? dayOf(object.published) ?? dayOf(object.update_date);
  if (published) record.published = published;
  const authors = parsedAuthors(object.authors_parsed) ?? authorList(object.authors);
  if (authors.length > 0) record.authors = authors;
  const categories = scalar(object.categories)?.split(/\s+/).filter(Boolean) ?? stringArray(object.categories);
  if (categories.length > 0) record.categories = categories;
  if (object.synthetic === true) record.synthetic = true;
  return record;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map(normaliseSpace)
    : [];
}

function firstVersionDay(versions: unknown): string | undefined {
  if (!Array.isArray(versions)) return undefined;
  const first = versions.find((version) => version && typeof version === 'object' && (version as Json).version === 'v1') ?? versions[0];
  return first && typeof first === 'object' ? dayOf((first as Json).created) : undefined;
}

/** The snapshot's `authors_parsed`: `[last, first, suffix]` triples. */
function parsedAuthors(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const names = value
    .filter((parts): parts is unknown[] => Array.isArray(parts))
    .map(([last, first, suffix]) =>
      normaliseSpace([first, last, suffix].filter((part) => typeof part === 'string' && part !== '').join(' ')),
    )
    .filter(Boolean);
  return names.length > 0 ? names : undefined;
}

/** `"A, B and C"` as in the snapshot, or an array of names or `{name}` objects. */
function authorList(value: unknown): string[] {
  if (typeof value === 'string') {
    return normaliseSpace(value)
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
      .map((name) => name.trim())
      .filter(Boolean);
  }
  if (!Array.isArray(value)) return [];
  return value
    .map((author) =>
      typeof author === 'string' ? author : author && typeof author === 'object' ? scalar((author as Json).name) : undefined,
    )
    .filter((name): name is string => !!name && name.trim() !== '')
    .map(normaliseSpace);
}
