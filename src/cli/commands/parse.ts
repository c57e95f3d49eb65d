import { InvalidArgumentError, type Command } from 'commander';
import { NdjsonOut, rejectPrinter } from '../ndjson.js';
import { DEFAULT_MAX_LINE_BYTES, readRecords, type Reject } from '../../ingest/index.js';

/** Exit status of `parse --strict` when anything was rejected. */
const STRICT_EXIT = 2;

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
  const print = rejectPrinter(options.quiet);
  const onReject = (reject: Reject): void => {
    counts.rejects++;
    print(reject);
  };
  const out = new NdjsonOut();
  for await (const record of readRecords(inputs, { onReject, maxLineBytes: options.maxLineBytes })) {
    counts.records++;
    if (record.duplicate) counts.duplicates++;
    await out.write(record);
    if (out.closed) break;
  }
  await out.flush();
  return counts;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes');
  return parsed;
}
