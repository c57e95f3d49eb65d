import { InvalidArgumentError, Option, type Command } from 'commander';
import { writeCorpus, type CorpusFormat } from '../../generate/index.js';

interface GenerateOptions {
  count: number;
  seed: string;
  format: CorpusFormat;
  out?: string;
  truth?: string;
  duplicates: number;
  chinese: number;
}

export function register(program: Command): void {
  program
    .command('generate')
    .description('Write a deterministic synthetic corpus of abstracts with known methods, datasets and institutions')
    .requiredOption('-n, --count <n>', 'number of records to write', wholeNumber)
    .option('-s, --seed <seed>', 'same seed, same bytes', '1')
    .addOption(
      new Option('-f, --format <format>', 'text dump, arXiv snapshot JSON lines, or both')
        .choices(['txt', 'jsonl', 'mixed'])
        .default('txt'),
    )
    .option('-o, --out <file|dir>', 'output file, or directory (required for mixed); default stdout')
    .option('--truth <file>', 'also write the known entities of each paper, one JSON object a line')
    .option('--duplicates <share>', 'share of records that repeat a recent paper', share, 0)
    .option('--chinese <share>', 'share of text-dump records in Chinese, with a translation marker', share, 0)
    .action(async (options: GenerateOptions) => {
      const summary = await writeCorpus({
        count: options.count,
        seed: options.seed,
        format: options.format,
        duplicateRate: options.duplicates,
        chineseRate: options.chinese,
        ...(options.out ? { out: options.out } : {}),
        ...(options.truth ? { truth: options.truth } : {}),
      });
      process.stderr.write(
        `generate: ${summary.records} records (${summary.papers} papers), ${(summary.bytes / 1e6).toFixed(1)} MB` +
          `${summary.files.includes('-') ? '' : ` to ${summary.files.join(', ')}`}\n`,
      );
    });
}

function wholeNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number');
  return parsed;
}

function share(value: string): number {
  const parsed = Number(value);
  if (!(parsed >= 0 && parsed <= 1)) throw new InvalidArgumentError('expected a share between 0 and 1');
  return parsed;
}
