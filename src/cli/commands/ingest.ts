import { createReadStream } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { InvalidArgumentError, type Command } from 'commander';
import { Database } from '../../db/database.js';
import type { ExtractedPaper } from '../../extract/types.js';
import { expandInputs, readRecords, type Reject } from '../../ingest/index.js';
import { extractStream } from '../../extract/index.js';
import { exportCsv, importCommand } from '../../load/export-csv.js';
import { countRejects, ingestFiles, loadPapers, type LoadSummary } from '../../load/pipeline.js';
import { progressReporter, totalBytes } from '../progress.js';
import { rejectPrinter } from '../ndjson.js';
import { loadConfig, say } from '../runtime.js';

interface CommonOptions {
  batchSize: number;
  strict?: boolean;
  progress: boolean;
}

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
};

/** Connects with a longer retry bound than the API (PAPERGRAPH_WRITE_RETRY_MS): a loader rides out a short outage. */
export async function connectForWrites(): Promise<Database> {
  const retryMs = Number(process.env.PAPERGRAPH_WRITE_RETRY_MS ?? 30_000);
  const db = Database.connect(loadConfig(), { retryMs: Number.isFinite(retryMs) ? retryMs : 30_000, queryTimeoutMs: 300_000 });
  try {
    await db.ping();
    await db.migrate();
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function run(
  files: string[],
  options: CommonOptions,
  work: (db: Database, onReject: (r: Reject) => void, onProgress: (p: LoadSummary) => void) => Promise<LoadSummary>,
) {
  const db = await connectForWrites();
  const reporter = options.progress ? progressReporter(await totalBytes(files)) : undefined;
  const onReject = rejectPrinter(false);
  try {
    const summary = await work(db, onReject, (p) => reporter?.update(p));
    reporter?.stop();
    say(
      `${summary.records} records: ${summary.written} papers written, ${summary.unchanged} unchanged, ` +
        `${summary.links} links, ${summary.rejects} rejects in ${summary.seconds.toFixed(1)}s`,
    );
    if (options.strict && summary.rejects > 0) process.exitCode = 2;
  } catch (error) {
    reporter?.stop();
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nNothing committed is lost: run the same command again to resume.`,
    );
  } finally {
    await db.close();
  }
}

async function filesOf(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for await (const file of expandInputs(inputs, () => {})) files.push(file);
  return files;
}

/** Reads what `extract` wrote; a line that is not an extracted paper is a reject. */
async function* readExtracted(file: string, onReject: (r: Reject) => void): AsyncGenerator<ExtractedPaper> {
  let line = 0;
  const lines = readline.createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity });
  for await (const text of lines) {
    line += 1;
    if (!text.trim()) continue;
    try {
      const paper = JSON.parse(text) as ExtractedPaper;
      if (
        typeof paper.id !== 'string' ||
        typeof paper.abstract !== 'string' ||
        !Array.isArray(paper.entities) ||
        !Array.isArray(paper.sources)
      ) {
        throw new Error('not an extracted paper (needs id, abstract, entities, sources)');
      }
      yield {
        ...paper,
        results: paper.results ?? [],
        authors: paper.authors ?? [],
        categories: paper.categories ?? [],
        affiliations: paper.affiliations ?? [],
        urls: paper.urls ?? [],
      };
    } catch (error) {
      onReject({ file, line, reason: error instanceof Error ? error.message : String(error) });
    }
  }
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('parse → extract → load into Neo4j, streamed; safe to re-run and to resume after a crash')
    .argument('<inputs...>', 'files, directories or globs')
    .option('-w, --workers <n>', 'extraction worker threads (default: cores - 1, at least 1)', positive)
    .option('-b, --batch-size <n>', 'papers per write transaction', positive, 1000)
    .option('--strict', 'exit 2 when any record was rejected')
    .option('--no-progress', 'no progress bar or lines')
    .action(async (inputs: string[], options: CommonOptions & { workers?: number }) => {
      const files = await filesOf(inputs);
      await run(files, options, (db, onReject, onProgress) =>
        ingestFiles(db, inputs, {
          workers: options.workers,
          batchSize: options.batchSize,
          onReject,
          onProgress: (p) => onProgress({ ...p, seconds: 0 }),
        }),
      );
    });

  program
    .command('load')
    .description('Load the NDJSON that `extract` wrote ("-" for stdin)')
    .argument('<extracted>', 'an extract output file')
    .option('-b, --batch-size <n>', 'papers per write transaction', positive, 1000)
    .option('--strict', 'exit 2 when any record was rejected')
    .option('--no-progress', 'no progress bar or lines')
    .action(async (file: string, options: CommonOptions) => {
      await run(file === '-' ? [] : [file], options, async (db, onReject, onProgress) => {
        const unreadable = countRejects(onReject);
        return loadPapers(db, readExtracted(file, unreadable.onReject), {
          batchSize: options.batchSize,
          onReject,
          upstreamRejects: () => unreadable.count,
          onProgress: (p) => onProgress({ ...p, seconds: 0 }),
        });
      });
    });
}

export function registerExport(program: Command): void {
  program
    .command('export-csv')
    .description('parse → extract → CSV files for `neo4j-admin database import full` (bulk first loads)')
    .argument('<inputs...>', 'files, directories or globs')
    .requiredOption('-o, --out <dir>', 'output directory')
    .option('-w, --workers <n>', 'extraction worker threads (default: one per core)', positive)
    .option('--database <name>', 'database name for the printed import command', 'neo4j')
    .action(async (inputs: string[], options: { out: string; workers?: number; database: string }) => {
      const started = performance.now();
      const rejects = countRejects(rejectPrinter(false));
      const records = readRecords(inputs, { onReject: rejects.onReject });
      const summary = await exportCsv(extractStream(records, { workers: options.workers }), options.out);
      const counts = Object.entries(summary.files)
        .map(([file, rows]) => `${file} ${rows}`)
        .join(', ');
      say(`export-csv: ${counts}; ${rejects.count} rejects in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      say(`Import into the embedded database: npx papergraph db stop && npx papergraph db import ${summary.dir}`);
      say(`Import into a Neo4j server, with the database stopped:\n  ${importCommand(path.resolve(summary.dir), options.database)}`);
    });
}
