import path from 'node:path';
import type { Command } from 'commander';
import { PROJECT_ROOT, type Config } from '../../config.js';
import { Database } from '../../db/database.js';
import { startEmbedded, stopEmbedded } from '../../db/embedded.js';
import { startApp } from '../../server/app.js';
import { ingestFiles } from '../../load/pipeline.js';
import { progressReporter, totalBytes } from '../progress.js';
import { createLogger } from '../../server/logger.js';
import { rejectPrinter } from '../ndjson.js';
import { embeddedOptions, loadConfig, say } from '../runtime.js';

interface ServeOptions {
  port?: string;
  /** Start the embedded database when NEO4J_URI is unset, and stop it on exit. */
  withDatabase: boolean;
  /** Inputs to ingest before serving (`npm start -- <files…>`). */
  inputs: string[];
}

async function serve(config: Config, options: ServeOptions): Promise<void> {
  const logger = createLogger(config.logLevel);
  let startedEmbedded = false;
  if (options.withDatabase && config.embedded) {
    startedEmbedded = (await startEmbedded(embeddedOptions(config))).started;
  }
  const db = Database.connect(config);
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down`);
    await app?.stop();
    await db.close();
    if (startedEmbedded) await stopEmbedded(embeddedOptions(config));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await db.ping();
    await db.migrate();
    await prepareData(config, db, options.inputs);
    app = await startApp(config, db, logger, options.port === undefined ? config.port : Number(options.port));
  } catch (error) {
    await db.close();
    if (startedEmbedded) await stopEmbedded(embeddedOptions(config));
    throw error;
  }
  say(`papergraph GraphQL API ready at ${app.url} (Neo4j: ${config.boltUri})`);
}

/** Real abstracts shipped with the repository (data/demo/README.md says where from, under which licence). */
export const DEMO_DIR = path.join(PROJECT_ROOT, 'data', 'demo');
/** Its inputs, named so that its README is not read as a dump. */
export const DEMO_INPUTS = ['seeds', 'scirex-dev.jsonl', 'scierc-dev.jsonl'].map((name) => path.join(DEMO_DIR, name));

/** Ingests the user's files, or into an empty graph the bundled real abstracts, so the API has data at once. */
async function prepareData(config: Config, db: Database, inputs: string[]): Promise<void> {
  let files = inputs;
  if (files.length === 0) {
    const [stats] = await db.read<{ papers: number }>('stats');
    if ((stats?.papers ?? 0) > 0) return;
    say(`The graph is empty: ingesting the bundled real abstracts in ${path.relative(process.cwd(), DEMO_DIR) || DEMO_DIR}`);
    files = DEMO_INPUTS;
  }
  const reporter = progressReporter(await totalBytes(files));
  const summary = await ingestFiles(db, files, {
    onReject: rejectPrinter(false),
    onProgress: (p) => reporter.update(p),
  });
  reporter.stop();
  say(
    `Ingested ${summary.records} records (${summary.written} papers written, ${summary.links} links, ${summary.rejects} rejects) in ${summary.seconds.toFixed(1)}s`,
  );
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the GraphQL API (uses NEO4J_URI, or an embedded Neo4j that is already running)')
    .option('-p, --port <port>', 'HTTP port (default: PORT or 4000)')
    .action(async (opts: { port?: string }) => {
      await serve(loadConfig(opts.port ? { port: Number(opts.port) } : {}), { port: opts.port, withDatabase: false, inputs: [] });
    });

  program
    .command('start')
    .description('Start everything: the embedded Neo4j (when NEO4J_URI is unset), sample data when empty, and the API')
    .argument('[inputs...]', 'abstract files to ingest before serving')
    .option('-p, --port <port>', 'HTTP port (default: PORT or 4000)')
    .action(async (inputs: string[], opts: { port?: string }) => {
      await serve(loadConfig(opts.port ? { port: Number(opts.port) } : {}), { port: opts.port, withDatabase: true, inputs });
    });
}
