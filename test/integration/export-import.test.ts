import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { importIntoEmbedded, startEmbedded, stopEmbedded, type EmbeddedOptions } from '../../src/db/embedded.js';
import { extractStream } from '../../src/extract/index.js';
import { writeCorpus } from '../../src/generate/index.js';
import { readRecords } from '../../src/ingest/index.js';
import { exportCsv, importArguments } from '../../src/load/export-csv.js';
import { ingestFiles } from '../../src/load/pipeline.js';
import { testDatabase } from '../support/db.js';
import { graphShape, wipe, type GraphShape } from '../support/graph.js';
import { freePort } from '../support/ports.js';

/** The bulk path must build the same graph as the transactional loader. */
describe('export-csv + neo4j-admin import', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'papergraph-export-'));
  const corpus = path.join(work, 'corpus');
  const csv = path.join(work, 'csv');
  const db = testDatabase();
  let imported: Database;
  let options: EmbeddedOptions;
  let loaded: GraphShape;

  beforeAll(async () => {
    await writeCorpus({ count: 400, seed: 'export', format: 'mixed', duplicateRate: 0.05, out: corpus });
    await db.migrate();
    await wipe(db);
    await ingestFiles(db, [corpus], { workers: 1 });
    loaded = await graphShape(db);

    await exportCsv(extractStream(readRecords([corpus]), { workers: 1 }), csv);
    options = { home: path.join(work, 'db'), boltPort: await freePort(), heap: '512m', pageCache: '128m' };
    await importIntoEmbedded(options, importArguments(csv));
    await startEmbedded(options);
    imported = Database.connect(loadConfig({ neo4jUri: `bolt://127.0.0.1:${options.boltPort}`, logLevel: 'silent' }, {}));
    await imported.migrate();
  });
  afterAll(async () => {
    await imported?.close();
    await db.close();
    if (options) await stopEmbedded(options);
    rmSync(work, { recursive: true, force: true });
  });

  it('imports the same nodes and relationships, key for key', async () => {
    const bulk = await graphShape(imported);
    expect(bulk.byLabel).toEqual(loaded.byLabel);
    expect(JSON.stringify(bulk.byType, Object.keys(bulk.byType).sort())).toBe(JSON.stringify(loaded.byType, Object.keys(loaded.byType).sort()));
    const keys = async (database: Database) => {
      const session = database.driver.session();
      try {
        const result = await session.run(`
          MATCH (a)-[r]->(b)
          RETURN coalesce(a.uid, a.id, a.key) + ' ' + type(r) + ' ' + coalesce(b.uid, b.id, b.key) + ' ' + coalesce(toString(r.papers), '') AS row
          ORDER BY row`);
        return result.records.map((record) => record.get('row') as string);
      } finally {
        await session.close();
      }
    };
    expect(await keys(imported)).toEqual(await keys(db));
  });

  it('imports metric directions and result properties as the loader writes them', async () => {
    const rows = async (database: Database, cypher: string) => {
      const session = database.driver.session();
      try {
        return (await session.run(cypher)).records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    };
    const directions = 'MATCH (e:Entity) WHERE e.higherIsBetter IS NOT NULL RETURN e.uid AS uid, e.higherIsBetter AS up ORDER BY uid';
    const metrics = await rows(db, directions);
    expect(metrics.length).toBeGreaterThan(0);
    expect(metrics.every((m) => String(m.uid).startsWith('Metric:'))).toBe(true);
    expect(await rows(imported, directions)).toEqual(metrics);
    const results = 'MATCH (r:Result) RETURN r.key AS key, properties(r) AS props ORDER BY key';
    const loadedResults = await rows(db, results);
    expect(loadedResults.length).toBeGreaterThan(0);
    expect(await rows(imported, results)).toEqual(loadedResults);
  });

  it('serves the same counts through the same queries after import and migration', async () => {
    for (const name of ['stats'] as const) {
      expect(await imported.read(name)).toEqual(await db.read(name));
    }
    const paperCounts = async (database: Database) => {
      const session = database.driver.session();
      try {
        return (await session.run('MATCH (e:Entity) RETURN e.uid AS uid, e.paperCount AS n ORDER BY uid')).records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    };
    expect(await paperCounts(imported)).toEqual(await paperCounts(db));
  });
});
