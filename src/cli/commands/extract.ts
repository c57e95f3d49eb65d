import { once } from 'node:events';
import { InvalidArgumentError, type Command } from 'commander';
import { readRecords, type Reject } from '../../ingest/index.js';
import { defaultWorkers, extractStream } from '../../extract/index.js';

// Papers are written in batches: one write per paper costs more than extracting it.
const BATCH_CHARS = 64 * 1024;

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
          `in ${seconds.toFixed(1)} s with ${options.workers} worker${options.workers === 1 ? '' : 's'}\n`,
      );
    });
}

async function extractToStdout(
  inputs: string[],
  options: ExtractOptions,
): Promise<{ papers: number; entities: number; results: number; rejects: number }> {
  const counts = { papers: 0, entities: 0, results: 0, rejects: 0 };
  const onReject = (reject: Reject): void => {
    counts.rejects++;
    if (!options.quiet) process.stderr.write(`${reject.file}:${reject.line}: ${reject.reason}\n`);
  };
  // A closed pipe (`extract … | head`) ends the run quietly instead of crashing it.
  let closed = false;
  process.stdout.on('error', () => {
    closed = true;
  });
  let batch = '';
  const flush = async (): Promise<void> => {
    if (batch === '' || closed) return;
    const ok = process.stdout.write(batch);
    batch = '';
    if (!ok) await Promise.race([once(process.stdout, 'drain'), once(process.stdout, 'error')]);
  };
  for await (const paper of extractStream(readRecords(inputs, { onReject }), { workers: options.workers })) {
    counts.papers++;
    counts.entities += paper.entities.length;
    counts.results += paper.results.length;
    batch += `${JSON.stringify(paper)}\n`;
    if (batch.length >= BATCH_CHARS) await flush();
    if (closed) break;
  }
  await flush();
  return counts;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}
