import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ConfigOverrides } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import type { ExtractedPaper } from '../../src/extract/types.js';
import { writeCorpus } from '../../src/generate/index.js';
import { ingestFiles, loadPapers } from '../../src/load/pipeline.js';
import { startApp, type App } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { testConfig } from './db.js';
import { wipe } from './graph.js';

export interface TestServer {
  app: App;
  db: Database;
  url: string;
  close(): Promise<void>;
}

/** An API server on a free port over the test run's Neo4j, with its own driver (own round-trip count). */
export async function startTestServer(overrides: ConfigOverrides = {}): Promise<TestServer> {
  const config = testConfig(overrides);
  const db = Database.connect(config);
  const app = await startApp(config, db, createLogger('silent'), 0);
  return {
    app,
    db,
    url: app.url,
    close: async () => {
      await app.stop();
      await db.close();
    },
  };
}

/** What a corpus server is filled with: a generated corpus, optional extra dumps, hand-written extractor output. */
export interface CorpusOptions {
  count: number;
  seed: string;
  format: 'jsonl' | 'mixed';
  /** More dump files or folders ingested with the corpus (the seed dumps). */
  inputs?: string[];
  /** Extractor output loaded as it is, after the corpus. */
  papers?: ExtractedPaper[];
}

/** A test server over a wiped graph holding a generated corpus; `close` also removes the corpus files. */
export async function startCorpusServer(options: CorpusOptions): Promise<TestServer> {
  const server = await startTestServer();
  await server.db.migrate();
  await wipe(server.db);
  const dir = mkdtempSync(path.join(tmpdir(), `papergraph-${options.seed}-`));
  const out = options.format === 'jsonl' ? path.join(dir, 'corpus.jsonl') : dir;
  await writeCorpus({ count: options.count, seed: options.seed, format: options.format, out });
  await ingestFiles(server.db, [dir, ...(options.inputs ?? [])], { workers: 1 });
  const papers = options.papers ?? [];
  if (papers.length > 0)
    await loadPapers(
      server.db,
      (async function* () {
        yield* papers;
      })(),
    );
  return {
    ...server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
