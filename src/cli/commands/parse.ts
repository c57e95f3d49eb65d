import { once } from 'node:events';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_MAX_LINE_BYTES, readRecords, type Reject } from '../../ingest/index.js';

/** Exit status of `parse --strict` when anything was rejected. */
const STRICT_EXIT = 2;
// Records are written in batches: one write per record costs more than the parsing.
const BATCH_CHARS = 64 * 1024;

interface ParseOptions {
  strict?: boolean;
  maxLineBytes: number;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('parse')
    .description('Read abstracts from files, directories or globs and write one JSON record a line to stdout')
    .argument('<inputs...>', 'files, directories (read recursively) or quoted glob patterns')
    .option('--strict', `exit with status ${STRICT_EXIT} when any line or file was rejected`)
    .option('--max-line-bytes <bytes>', 'reject lines longer than this', positiveInteger, DEFAULT_MAX_LINE_BYTES)
    .option('-q, --quiet', 'report only the summary on stderr, not each rejected line')
    .action(async (inputs: string[], options: ParseOptions) => {
      const counts = await parseToStdout(inputs, options);
      const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
      process.stderr.write(
        `parse: ${plural(counts.records, 'abstract')} read, ${plural(counts.records - counts.duplicates, 'paper')} ` +
          `(${plural(counts.duplicates, 'duplicate')} merged), ${counts.rejects} rejected\n`,
      );
      if (options.strict && counts.rejects > 0) process.exitCode = STRICT_EXIT;
    });
}

async function parseToStdout(inputs: string[], options: ParseOptions): Promise<{ records: number; duplicates: number; rejects: number }> {
  const counts = { records: 0, duplicates: 0, rejects: 0 };
  const onReject = (reject: Reject): void => {
    counts.rejects++;
    if (!options.quiet) process.stderr.write(`${reject.file}:${reject.line}: ${reject.reason}\n`);
  };
  // A closed pipe (`parse … | head`) ends the run quietly instead of crashing it.
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
  for await (const record of readRecords(inputs, { onReject, maxLineBytes: options.maxLineBytes })) {
    counts.records++;
    if (record.duplicate) counts.duplicates++;
    batch += `${JSON.stringify(record)}\n`;
    if (batch.length >= BATCH_CHARS) await flush();
    if (closed) break;
  }
  await flush();
  return counts;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes');
  return parsed;
}
