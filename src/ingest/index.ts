import { DuplicateIndex } from './dedupe.js';
import { describe, expandInputs } from './expand.js';
import { finishRecord } from './finish.js';
import { readJsonRecords } from './jsonl-format.js';
import { DEFAULT_MAX_LINE_BYTES, readLines, type LineEvent } from './lines.js';
import { formatOf, openChunks } from './open.js';
import type { OnReject, RawRecord, RejectLine } from './raw.js';
import type { PaperRecord, Source } from './record.js';
import { parseArxivId } from './ids.js';
import { FileRejected } from './sniff.js';
import { readTextRecords } from './text-format.js';

export type { PaperRecord, Reject, Source } from './record.js';
export { expandInputs } from './expand.js';
export { DEFAULT_MAX_LINE_BYTES } from './lines.js';
export { parseArxivId } from './ids.js';

export interface ReadOptions {
  /** Called for every rejected file (line 0) or line; the run goes on. */
  onReject?: OnReject;
  /** Longest line read, in bytes; longer lines are rejected. Default 64 KiB. */
  maxLineBytes?: number;
  /**
   * Recognise repeats (default true). Remembering keys costs ~100 bytes a paper; turn
   * it off for corpora known to be free of repeats and memory stays flat however many.
   */
  dedupe?: boolean;
}

/**
 * Streams the papers in every file named by `inputs` (files, directories, globs), one
 * record at a time. A paper met again (same arXiv id in any version, or the same
 * normalised text) is yielded again under the first one's `id` with `duplicate: true`
 * and all its sources: consumers merge by id, and nothing but small keys is held.
 */
export async function* readRecords(inputs: string[], options: ReadOptions = {}): AsyncGenerator<PaperRecord> {
  const onReject = options.onReject ?? (() => {});
  const seen = options.dedupe === false ? undefined : new DuplicateIndex();
  for await (const file of expandInputs(inputs, onReject)) {
    for await (const record of readFile(file, options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, onReject)) {
      const finished = finishRecord(record, file);
      if (finished) yield seen ? seen.admit(finished.record, finished.keys) : finished.record;
      else onReject({ file, line: record.line, reason: 'abstract has no readable text' });
    }
  }
}

/** One file's raw records; any failure is reported and ends only this file. */
async function* readFile(file: string, maxLineBytes: number, onReject: OnReject): AsyncGenerator<RawRecord> {
  let lastLine = 0;
  let rejects = 0;
  let records = 0;
  const reject: RejectLine = (line, reason) => {
    rejects++;
    onReject({ file, line, reason });
  };
  async function* tracked(lines: AsyncIterable<LineEvent[]>): AsyncGenerator<LineEvent[]> {
    for await (const batch of lines) {
      lastLine = batch[batch.length - 1]?.line ?? lastLine;
      yield batch;
    }
  }
  let opened = false;
  try {
    const chunks = await openChunks(file);
    opened = true;
    const lines = tracked(readLines(chunks, maxLineBytes));
    const reader = formatOf(file) === 'json' ? readJsonRecords : readTextRecords;
    for await (const record of reader(lines, reject)) {
      records++;
      yield record;
    }
    if (records === 0 && rejects === 0) reject(0, 'no abstracts found');
  } catch (error) {
    if (error instanceof FileRejected) reject(0, error.message);
    // Line 0 is the file as a whole; otherwise the line being read when it failed.
    else reject(opened ? lastLine + 1 : 0, `read failed: ${describe(error as NodeJS.ErrnoException)}`);
  }
}

/** A record from fields given directly (the GraphQL ingest mutation), cleaned like any other. */
export function recordFromFields(
  fields: { id?: string | null; title?: string | null; abstract: string; published?: string | null; affiliations?: string[] | null },
  source: Source,
): PaperRecord | undefined {
  const arxivId = fields.id ? parseArxivId(fields.id) : undefined;
  const raw: RawRecord = {
    line: source.line,
    abstract: fields.abstract,
    ...(fields.id ? { givenId: fields.id.trim() } : {}),
    ...(arxivId ? { arxivId } : {}),
    ...(fields.title ? { title: fields.title } : {}),
    ...(fields.published ? { published: fields.published } : {}),
    ...(fields.affiliations?.length ? { affiliations: fields.affiliations } : {}),
  };
  return finishRecord(raw, source.file)?.record;
}
