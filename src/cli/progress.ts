import { statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { expandInputs } from '../ingest/index.js';
import type { Progress } from '../load/pipeline.js';

/** Total bytes of the given inputs (files, directories, globs); progress is estimated against it. */
export async function totalBytes(inputs: string[]): Promise<number> {
  let sum = 0;
  for await (const file of expandInputs(inputs, () => {})) {
    try {
      sum += statSync(file).size;
    } catch {
      // unreadable: the reader reports it
    }
  }
  return sum;
}

export interface ProgressReporter {
  update(progress: Progress): void;
  stop(): void;
}

/**
 * A live bar (records/s, ETA) on a terminal; plain periodic lines otherwise (CI logs, pipes).
 * ETA is an estimate: abstract text processed against the inputs' total size.
 */
export function progressReporter(inputBytes: number, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const started = performance.now();
  const rate = (p: Progress) => p.records / Math.max(0.001, (performance.now() - started) / 1000);
  const fraction = (p: Progress) => (inputBytes > 0 ? Math.min(0.99, p.textBytes / inputBytes) : 0);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'ingest |{bar}| {percentage}% · {records} records · {rate} rec/s · {links} links · {rejects} rejects · ETA {eta_formatted}',
        stream,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(1000, 0, { records: 0, rate: '0', links: 0, rejects: 0 });
    return {
      update: (p) =>
        bar.update(Math.round(fraction(p) * 1000), { records: p.records, rate: rate(p).toFixed(0), links: p.links, rejects: p.rejects }),
      stop: () => {
        bar.update(1000);
        bar.stop();
      },
    };
  }
  let last = 0;
  return {
    update: (p) => {
      const now = performance.now();
      if (now - last < 5000) return;
      last = now;
      const remaining = fraction(p) > 0 ? ((now - started) / 1000) * (1 / fraction(p) - 1) : NaN;
      stream.write(
        `ingest: ${p.records} records, ${p.written} written, ${p.links} links, ${p.rejects} rejects, ${rate(p).toFixed(0)} rec/s` +
          `${Number.isFinite(remaining) ? `, ETA ~${Math.ceil(remaining)}s` : ''}\n`,
      );
    },
    stop: () => {},
  };
}
