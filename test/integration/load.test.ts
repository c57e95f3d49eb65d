import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { extractPaper, EXTRACTOR_VERSION } from '../../src/extract/index.js';
import type { ExtractedPaper } from '../../src/extract/types.js';
import { writeCorpus } from '../../src/generate/index.js';
import { readRecords } from '../../src/ingest/index.js';
import { ROLE_PATTERN } from '../../src/graph/vocabulary.js';
import { loadBatchIsolating } from '../../src/load/loader.js';
import { ingestFiles, loadPapers } from '../../src/load/pipeline.js';
import { testDatabase } from '../support/db.js';
import { graphShape, wipe } from '../support/graph.js';
import { SEEDS, hasSeeds, noteSkip } from '../support/paths.js';

const exec = promisify(execFile);
const db = testDatabase();
const corpusDir = mkdtempSync(path.join(tmpdir(), 'papergraph-load-'));
const corpus = path.join(corpusDir, 'corpus');

beforeAll(async () => {
  await db.migrate();
  await writeCorpus({ count: 1200, seed: 'load-test', format: 'mixed', duplicateRate: 0.05, out: corpus });
});
beforeEach(() => wipe(db));
afterAll(async () => {
  await db.close();
  rmSync(corpusDir, { recursive: true, force: true });
});

async function* papersOf(inputs: string[]): AsyncGenerator<ExtractedPaper> {
  for await (const record of readRecords(inputs)) yield extractPaper(record);
}

const count = async (cypher: string) => {
  const session = db.driver.session();
  try {
    return (await session.run(cypher)).records[0]?.get(0) as number;
  } finally {
    await session.close();
  }
};

describe.skipIf(!hasSeeds)('the seed dumps', () => {
  it('load to 44 papers, and a second ingest changes nothing', async () => {
    const first = await ingestFiles(db, [SEEDS], { workers: 1 });
    expect(first.records).toBe(45);
    expect(await count('MATCH (p:Paper) RETURN count(p)')).toBe(44);
    const before = await graphShape(db);
    expect(before.byType.EVALUATES_ON ?? 0).toBeGreaterThan(0);
    const second = await ingestFiles(db, [SEEDS], { workers: 2 });
    expect(second.written).toBe(0);
    expect(second.unchanged).toBe(44);
    expect(await graphShape(db)).toEqual(before);
  });

  it('keeps both sources of the paper met in two files', async () => {
    await ingestFiles(db, [SEEDS], { workers: 1 });
    const sources = await count('MATCH (p:Paper) WHERE size(p.sources) > 1 RETURN count(p)');
    expect(sources).toBe(1);
  });
});
if (!hasSeeds) noteSkip('loading the seed dumps', '../shared/seeds');

describe('loading a generated corpus', () => {
  it('is idempotent: the same input twice leaves the identical graph', async () => {
    await ingestFiles(db, [corpus], { batchSize: 100 });
    const once = await graphShape(db);
    expect(once.byLabel.Paper).toBeGreaterThan(1000);
    await ingestFiles(db, [corpus], { batchSize: 37 });
    expect(await graphShape(db)).toEqual(once);
  });

  it('keeps co-occurrence and paper counts equal to what the links say', async () => {
    await ingestFiles(db, [corpus], { batchSize: 100 });
    const wrong = await count(`
      MATCH (a:Entity)-[c:CO_OCCURS]->(b:Entity)
      WITH a, b, c, COUNT { MATCH (a)<-[:${ROLE_PATTERN}]-(p:Paper)-[:${ROLE_PATTERN}]->(b) RETURN DISTINCT p } AS shared
      WHERE shared <> c.papers
      RETURN count(*)`);
    expect(wrong).toBe(0);
    expect(await count('MATCH ()-[c:CO_OCCURS]->() RETURN count(c)')).toBeGreaterThan(100);
    expect(await count('MATCH ()-[c:CO_OCCURS]->() WHERE c.papers <= 0 RETURN count(c)')).toBe(0);
    const wrongCounts = await count(`
      MATCH (e:Entity)
      WHERE e.paperCount <> COUNT { MATCH (e)<-[:${ROLE_PATTERN}]-(p:Paper) RETURN DISTINCT p }
      RETURN count(e)`);
    expect(wrongCounts).toBe(0);
  });

  it('links every stated result to a metric its paper links, and to entities of the right types', async () => {
    await ingestFiles(db, [corpus], { batchSize: 100 });
    expect(await count('MATCH (r:Result) RETURN count(r)')).toBeGreaterThan(100);
    const unlinked = await count(`
      MATCH (p:Paper)-[:REPORTS]->(r:Result)
      WHERE NOT EXISTS { MATCH (r)-[:IN_METRIC]->(m:Metric)<-[:${ROLE_PATTERN}]-(p) }
      RETURN count(r)`);
    expect(unlinked).toBe(0);
    const mistyped = await count(`
      MATCH (r:Result)-[x:FOR_METHOD|ON_DATASET|FOR_TASK|IN_METRIC]->(e)
      WHERE NOT ((type(x) = 'FOR_METHOD' AND e:Method) OR (type(x) = 'ON_DATASET' AND e:Dataset)
              OR (type(x) = 'FOR_TASK' AND e:Task) OR (type(x) = 'IN_METRIC' AND e:Metric))
      RETURN count(x)`);
    expect(mistyped).toBe(0);
    expect(await count('MATCH (m:Metric) WHERE m.higherIsBetter IS NULL RETURN count(m)')).toBe(0);
    expect(await count('MATCH (e:Entity) WHERE NOT e:Metric AND e.higherIsBetter IS NOT NULL RETURN count(e)')).toBe(0);
  });

  it('converges after the extractor changes: links are replaced, none stale, orphans removed', async () => {
    const papers: ExtractedPaper[] = [];
    for await (const paper of papersOf([corpus])) papers.push(paper);
    const sample = papers.slice(0, 200);
    await loadPapers(
      db,
      (async function* () {
        yield* sample;
      })(),
      { batchSize: 50 },
    );
    // "Version 2" of the extractor drops every dataset and renames one method per paper.
    const v2 = sample.map((p) => ({
      ...p,
      extractor: `${EXTRACTOR_VERSION}-v2`,
      results: [],
      entities: p.entities
        .filter((e) => e.type !== 'Dataset')
        .map((e, i) => (i === 0 && e.type === 'Method' ? { ...e, name: `${e.name}-v2`, key: `${e.key}v2` } : e)),
    }));
    await loadPapers(
      db,
      (async function* () {
        yield* v2;
      })(),
      { batchSize: 50 },
    );
    expect(await count('MATCH (:Paper)-[r]->(:Dataset) RETURN count(r)')).toBe(0);
    expect(await count('MATCH (d:Dataset) RETURN count(d)')).toBe(0);
    expect(await count(`MATCH (p:Paper)-[r]->(:Entity) WHERE r.extractor <> '${EXTRACTOR_VERSION}-v2' RETURN count(r)`)).toBe(0);
    // The graph equals one loaded from v2 alone.
    const converged = await graphShape(db);
    await wipe(db);
    await loadPapers(
      db,
      (async function* () {
        yield* v2;
      })(),
      { batchSize: 50 },
    );
    expect(await graphShape(db)).toEqual(converged);
  });

  it('reports a record the database rejects and still loads the rest of its batch', async () => {
    const papers: ExtractedPaper[] = [];
    for await (const paper of papersOf([corpus])) if (papers.length < 10) papers.push(paper);
    // A nested map is not a valid Neo4j property value.
    const bad = { ...papers[3]!, comment: { nested: { not: 'allowed' } } as unknown as string };
    const outcome = await loadBatchIsolating(db, [...papers.slice(0, 3), bad, ...papers.slice(4)]);
    expect(outcome.rejected.map((r) => r.id)).toEqual([bad.id]);
    expect(outcome.rejected[0]?.reason).toMatch(/Property values|primitive|map/i);
    expect(outcome.written).toBe(9);
    expect(await count('MATCH (p:Paper) RETURN count(p)')).toBe(9);
  });
});

describe('the ingest command', () => {
  const env = () => ({ ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: '', LOG_LEVEL: 'silent' });

  it('a run killed with SIGKILL and started again ends with the graph of an uninterrupted run', async () => {
    await exec('node', ['bin/papergraph.js', 'ingest', corpus, '--batch-size', '25', '--no-progress'], { env: env() });
    const clean = await graphShape(db);
    await wipe(db);

    const child = spawn('node', ['bin/papergraph.js', 'ingest', corpus, '--batch-size', '25', '--no-progress'], {
      env: env(),
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let papers = 0;
    while (papers < 150) {
      await new Promise((r) => setTimeout(r, 100));
      papers = await count('MATCH (p:Paper) RETURN count(p)');
    }
    child.kill('SIGKILL');
    await exited;
    const partial = await count('MATCH (p:Paper) RETURN count(p)');
    expect(partial).toBeLessThan(clean.byLabel.Paper!);

    const { stderr } = await exec('node', ['bin/papergraph.js', 'ingest', corpus, '--batch-size', '25', '--no-progress'], { env: env() });
    const [, , unchanged] = /(\d+) papers written, (\d+) unchanged/.exec(stderr) ?? [];
    expect(Number(unchanged)).toBeGreaterThanOrEqual(partial - 25); // finished batches were not redone
    expect(await graphShape(db)).toEqual(clean);
  });

  it('exits non-zero within seconds, naming the URI, when the database is unreachable', async () => {
    const started = Date.now();
    const result = await exec('node', ['bin/papergraph.js', 'ingest', corpus], {
      env: { ...env(), NEO4J_URI: 'bolt://127.0.0.1:1' },
    }).catch((e) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/bolt:\/\/127\.0\.0\.1:1/);
  });
});
