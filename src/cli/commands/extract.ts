import { InvalidArgumentError, type Command } from 'commander';
import { NdjsonOut, rejectPrinter } from '../ndjson.js';
import { readRecords, type Reject } from '../../ingest/index.js';
import { defaultWorkers, extractStream } from '../../extract/index.js';

interface ExtractOptions {
  workers: number;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('Read abstracts like `parse` and write one JSON paper a line with its methods, datasets, institutions and results')
    .argument('<inputs...>', 'files, directories (read recursively) or quoted glob patterns')
    .option('-w, --workers <n>', 'worker threads (1 = in this thread)', positiveInteger, defaultWorkers())
    .option('-q, --quiet', 'report only the summary on stderr, not each rejected line')
    .action(async (inputs: string[], options: ExtractOptions) => {
      const started = performance.now();
      const counts = await extractToStdout(inputs, options);
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(
        `extract: ${counts.papers} papers, ${counts.entities} entities, ${counts.results} results, ${counts.rejects} rejected ` +
          `in ${seconds.toFixed(1)} s ${workersUsed(counts.workers, options.workers)}\n`,
      );
    });
}

async function extractToStdout(
  inputs: string[],
  options: ExtractOptions,
): Promise<{ papers: number; entities: number; results: number; rejects: number; workers: number }> {
  const counts = { papers: 0, entities: 0, results: 0, rejects: 0, workers: 0 };
  const print = rejectPrinter(options.quiet);
  const onReject = (reject: Reject): void => {
    counts.rejects++;
    print(reject);
  };
  const out = new NdjsonOut();
  for await (const paper of extractStream(readRecords(inputs, { onReject }), { workers: options.workers, onWorker: (n) => (counts.workers = n) })) {
    counts.papers++;
    counts.entities += paper.entities.length;
    counts.results += paper.results.length;
    await out.write(paper);
    if (out.closed) break;
  }
  await out.flush();
  return counts;
}

/** How extraction ran: in this thread (no worker started), or how many of the allowed workers started. */
function workersUsed(started: number, allowed: number): string {
  if (started === 0) return 'in this thread';
  const plural = (n: number): string => `${n} worker${n === 1 ? '' : 's'}`;
  if (started === allowed) return `with ${plural(started)}`;
  return `with ${started} of ${plural(allowed)} (further workers start only on inputs long enough to repay their start-up)`;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
