import type { LineEvent } from './lines.js';
import type { RawRecord, RejectLine } from './raw.js';
import { classifyLine } from './text-lines.js';

/**
 * Reads a text dump: one abstract a line. The lines after an abstract (translation
 * marker, short comment, `arXiv:` and `Created:`) belong to it, so a record is held
 * until the next abstract, header or title begins: one record in memory at a time.
 */
export async function* readTextRecords(lines: AsyncIterable<LineEvent[]>, reject: RejectLine): AsyncGenerator<RawRecord> {
  let pending: RawRecord | undefined;
  let metadataSeen = false; // an arXiv or Created line closed the comment slot
  let rejectedAt: number | undefined; // metadata after a rejected line belongs to it
  let header: string[] = [];
  let lastWasHeader = false;
  let nextTitle: string | undefined;

  const take = (): RawRecord | undefined => {
    const record = pending;
    pending = undefined;
    rejectedAt = undefined;
    return record;
  };
  const orphan = (line: number, what: string): void =>
    reject(line, rejectedAt === undefined ? `${what} with no abstract before it` : `${what} of the rejected line ${rejectedAt}`);
  /** An `arXiv:` or `Created:` line: set once on the pending abstract. */
  const metadata = (line: number, field: 'arxivId' | 'published', value: string, what: string): void => {
    if (!pending) orphan(line, what);
    else if (pending[field]) reject(line, `second ${what} for the abstract at line ${pending.line}`);
    else {
      pending[field] = value;
      metadataSeen = true;
    }
  };

  for await (const batch of lines)
    for (const event of batch) {
      if (event.error !== undefined) {
        const done = take();
        if (done) yield done;
        rejectedAt = event.line;
        reject(event.line, event.error);
        continue;
      }
      const line = classifyLine(event.text);
      if (line.kind === 'blank') continue;
      const wasHeader = lastWasHeader;
      lastWasHeader = line.kind === 'header';
      switch (line.kind) {
        case 'abstract': {
          const done = take();
          if (done) yield done;
          pending = { line: event.line, abstract: line.text, affiliations: header, ...(nextTitle ? { title: nextTitle } : {}) };
          nextTitle = undefined;
          metadataSeen = false;
          break;
        }
        case 'header': {
          const done = take();
          if (done) yield done;
          // Consecutive header lines add up; a header after records starts a new block.
          header = wasHeader ? [...header, line.text] : [line.text];
          break;
        }
        case 'title': {
          const done = take();
          if (done) yield done;
          nextTitle = line.text;
          break;
        }
        case 'marker':
          if (pending) pending.machineTranslated = true;
          else if (rejectedAt === undefined) reject(event.line, 'translation marker with no abstract before it');
          break;
        case 'synthetic':
          if (pending) pending.synthetic = true;
          else orphan(event.line, 'Synthetic line');
          break;
        case 'arxiv':
          metadata(event.line, 'arxivId', line.id, 'arXiv line');
          break;
        case 'created':
          metadata(event.line, 'published', line.day, 'Created line');
          break;
        case 'short':
          if (pending && !metadataSeen) pending.comment = pending.comment ? `${pending.comment}; ${line.text}` : line.text;
          else if (rejectedAt !== undefined) orphan(event.line, 'comment line');
          else reject(event.line, `line too short for an abstract (${line.text.length} characters) and not after one`);
          break;
        case 'malformed':
          reject(event.line, line.reason);
          break;
      }
    }
  const done = take();
  if (done) yield done;
}
