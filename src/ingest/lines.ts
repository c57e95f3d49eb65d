import { FileRejected, sniff, type Encoding } from './sniff.js';

/** One physical line: its text, or why it could not be read. `line` is 1-based. */
export type LineEvent = { line: number; text: string; error?: undefined } | { line: number; error: string; text?: undefined };

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024;
const HEAD_BYTES = 8192;
const LF = 0x0a;
const CR = 0x0d;

// Control characters that never belong in an abstract; a line holding one is rejected
// alone instead of letting it poison the JSON or the text of its neighbours.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Splits a byte stream into lines (LF, CRLF or a lone CR), decoding each line on its
 * own so that one bad line is rejected while its neighbours are kept. Holds at most
 * one line (capped at `maxLineBytes`) besides the current chunk, so memory stays flat.
 * Lines come in one batch per chunk: an `await` per line would cost more than reading it.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<LineEvent[]> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head = await readHead(iterator);
  if (head.length === 0) throw new FileRejected('empty file');
  const { encoding, bomBytes } = sniff(head.subarray(0, HEAD_BYTES));
  const rest = prepend(head.subarray(bomBytes), iterator);
  if (encoding === 'utf-8') yield* splitUtf8(rest, maxLineBytes);
  else yield* splitUtf16(rest, encoding, maxLineBytes);
}

async function readHead(iterator: AsyncIterator<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  while (size < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(next.value);
    size += next.value.length;
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

async function* prepend(first: Uint8Array, iterator: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}

async function* splitUtf8(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<LineEvent[]> {
  // LF and CR bytes never occur inside a UTF-8 multi-byte sequence, so splitting
  // bytes before decoding is safe.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pieces: Uint8Array[] = [];
  let pieceBytes = 0;
  let overlong = false;
  let lineNo = 1;
  let pending = false; // bytes (or an overlong run) since the last line end
  let crAtChunkEnd = false;

  const append = (part: Uint8Array): void => {
    pending = true;
    if (overlong || part.length === 0) return;
    if (pieceBytes + part.length > maxLineBytes) {
      overlong = true;
      pieces = [];
      return;
    }
    pieces.push(part);
    pieceBytes += part.length;
  };
  const finish = (): LineEvent => {
    const line = lineNo++;
    let event: LineEvent;
    if (overlong) event = { line, error: `line longer than ${maxLineBytes} bytes` };
    else {
      const bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
      event = decodeLine(decoder, bytes, line);
    }
    pieces = [];
    pieceBytes = 0;
    overlong = false;
    pending = false;
    return event;
  };

  for await (const chunk of chunks) {
    const batch: LineEvent[] = [];
    let pos = crAtChunkEnd && chunk[0] === LF ? 1 : 0;
    crAtChunkEnd = false;
    // Cache the next LF and CR positions: re-searching for a byte the chunk lacks
    // would rescan the rest of the chunk on every line.
    let nextLf = chunk.indexOf(LF, pos);
    let nextCr = chunk.indexOf(CR, pos);
    while (pos < chunk.length) {
      if (nextLf !== -1 && nextLf < pos) nextLf = chunk.indexOf(LF, pos);
      if (nextCr !== -1 && nextCr < pos) nextCr = chunk.indexOf(CR, pos);
      const end = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
      if (end === -1) {
        append(chunk.subarray(pos));
        break;
      }
      append(chunk.subarray(pos, end));
      batch.push(finish());
      pos = end + 1;
      if (chunk[end] === CR) {
        if (pos === chunk.length) crAtChunkEnd = true;
        else if (chunk[pos] === LF) pos++;
      }
    }
    if (batch.length > 0) yield batch;
  }
  if (pending) yield [finish()];
}

function decodeLine(decoder: { decode(bytes: Uint8Array): string }, bytes: Uint8Array, line: number): LineEvent {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { line, error: 'invalid UTF-8' };
  }
  if (CONTROL_CHARS.test(text)) return { line, error: 'control characters in line (binary data?)' };
  return { line, text };
}

async function* splitUtf16(chunks: AsyncIterable<Uint8Array>, encoding: Encoding, maxLineBytes: number): AsyncGenerator<LineEvent[]> {
  // Not fatal: a lone surrogate becomes U+FFFD and only its line is rejected below.
  const decoder = new TextDecoder(encoding);
  const maxChars = Math.floor(maxLineBytes / 2);
  let carry = '';
  let overlong = false;
  let lineNo = 1;
  const finish = (text: string): LineEvent => {
    const line = lineNo++;
    if (overlong || text.length > maxChars) {
      overlong = false;
      return { line, error: `line longer than ${maxLineBytes} bytes` };
    }
    if (text.includes('\ufffd')) return { line, error: `invalid ${encoding.toUpperCase()}` };
    if (CONTROL_CHARS.test(text)) return { line, error: 'control characters in line (binary data?)' };
    return { line, text };
  };
  const split = (text: string, final: boolean): LineEvent[] => {
    const batch: LineEvent[] = [];
    let pos = 0;
    for (const match of text.matchAll(/\r\n|\r|\n/g)) {
      // A CR that ends the decoded text may be the first half of a CRLF.
      if (match[0] === '\r' && match.index === text.length - 1 && !final) break;
      batch.push(finish(text.slice(pos, match.index)));
      pos = match.index + match[0].length;
    }
    carry = text.slice(pos);
    if (carry.length > maxChars) {
      overlong = true;
      carry = '';
    }
    return batch;
  };
  for await (const chunk of chunks) yield split(carry + decoder.decode(chunk, { stream: true }), false);
  const last = split(carry + decoder.decode(), true);
  if (carry.length > 0 || overlong) last.push(finish(carry));
  yield last;
}
