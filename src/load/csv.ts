import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** neo4j-admin array delimiter; the character is replaced inside array items. */
export const ARRAY_DELIMITER = '|';

/** One CSV field: quoted, quotes doubled, arrays joined with ARRAY_DELIMITER. */
export function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return field(value.map((item) => String(item).replaceAll(ARRAY_DELIMITER, '/')).join(ARRAY_DELIMITER));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `"${String(value).replaceAll('"', '""')}"`;
}

/** A CSV file written row by row with back-pressure, header first. */
export class CsvFile {
  private readonly stream: WriteStream;
  rows = 0;

  constructor(
    readonly path: string,
    header: string[],
  ) {
    this.stream = createWriteStream(path);
    this.stream.write(`${header.join(',')}\n`);
  }

  async write(values: unknown[]): Promise<void> {
    this.rows += 1;
    if (!this.stream.write(`${values.map(field).join(',')}\n`)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
