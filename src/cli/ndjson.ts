import { once } from 'node:events';

/**
 * Writes one JSON object a line to stdout in large chunks (one write per object costs more than
 * producing it), with back-pressure. A closed pipe
 * (`… | head`) sets `closed` so the caller can stop quietly instead of crashing.
 */
export class NdjsonOut {
  closed = false;
  private buffer = '';

  constructor(
    private readonly out: NodeJS.WriteStream = process.stdout,
    private readonly chunkChars = 1 << 16,
  ) {
    out.on('error', () => {
      this.closed = true;
    });
  }

  async write(value: unknown): Promise<void> {
    this.buffer += `${JSON.stringify(value)}\n`;
    if (this.buffer.length >= this.chunkChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '' || this.closed) return;
    const ok = this.out.write(this.buffer);
    this.buffer = '';
    if (!ok) await Promise.race([once(this.out, 'drain'), once(this.out, 'error')]);
  }
}

/** Prints a reject as `file:line: reason` on stderr, unless quiet. */
export function rejectPrinter(quiet: boolean | undefined): (r: { file: string; line: number; reason: string }) => void {
  return (r) => {
    if (!quiet) process.stderr.write(`${r.file}:${r.line}: ${r.reason}\n`);
  };
}
