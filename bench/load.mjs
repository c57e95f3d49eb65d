// Load benchmark: `ingest` (parse → extract in workers → batched UNWIND/MERGE writes) against a
// naive loader (one transaction per paper, one statement per written row, the same extracted
// papers, the identical graph),
// on the same generated corpus, in the same run, rounds interleaved. Then, with --scale N, an
// end-to-end ingest of N generated abstracts with papers/s and peak memory.
//
//   npm run build && node bench/load.mjs [--count 2000] [--rounds 2] [--scale 100000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load, median, option, peakRssMiB, wipe, withNeo4j } from './support.mjs';

const { writeCorpus } = await load('generate/index.js');
const { readRecords } = await load('ingest/index.js');
const { extractPaper } = await load('extract/index.js');
const { ingestFiles } = await load('load/pipeline.js');
const { Database } = await load('db/database.js');
const { loadBatch } = await load('load/loader.js');

const count = Number(option('count', '2000'));
const rounds = Number(option('rounds', '2'));
const scale = Number(option('scale', '0'));
const dir = mkdtempSync(path.join(tmpdir(), 'papergraph-bench-load-'));

/**
 * The baseline: the same writes, the way a first version would issue them: one transaction per
 * paper and one statement per row (per entity, alias, link, result, co-occurrence pair), no UNWIND
 * batching. It builds the identical graph (checked below), so the ratio compares like with like.
 */
async function naiveLoad(db, papers) {
  let links = 0;
  for (const paper of papers) links += (await loadBatch(db, [paper], { rowsPerStatement: 1 })).links;
  return links;
}

async function graphCounts(db) {
  const [row] = await db.read('stats');
  const session = db.driver.session();
  try {
    const rels = (await session.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n, sum(coalesce(r.papers, 0)) AS weight ORDER BY type')).records;
    return JSON.stringify([row, rels.map((r) => r.toObject())]);
  } finally {
    await session.close();
  }
}

await withNeo4j(async (config, neo4jPid) => {
  const db = Database.connect(config, { retryMs: 30_000, queryTimeoutMs: 300_000 });
  await db.migrate();
  const corpus = path.join(dir, 'corpus');
  await writeCorpus({ count, seed: 'bench-load', format: 'mixed', duplicateRate: 0.02, out: corpus });
  const papers = [];
  for await (const record of readRecords([corpus])) papers.push(extractPaper(record));
  console.error(`corpus: ${count} records, ${papers.length} extracted papers`);

  const batched = [];
  const naive = [];
  // Round 0 warms both up (JIT, Cypher plan cache, page cache) and is not counted.
  for (let round = 0; rounds > 0 && round <= rounds; round++) {
    await wipe(db);
    let started = performance.now();
    const summary = await ingestFiles(db, [corpus], {});
    const batchedGraph = await graphCounts(db);
    const batchedRate = summary.links / ((performance.now() - started) / 1000);
    await wipe(db);
    started = performance.now();
    const links = await naiveLoad(db, papers);
    const naiveRate = links / ((performance.now() - started) / 1000);
    if ((await graphCounts(db)) !== batchedGraph) throw new Error('the naive loader built a different graph');
    console.error(`${round === 0 ? 'warm-up' : `round ${round}`}: ingest ${batchedRate.toFixed(0)} links/s, naive ${naiveRate.toFixed(0)} links/s`);
    if (round === 0) continue;
    batched.push(batchedRate);
    naive.push(naiveRate);
  }
  if (rounds > 0) console.log(`\nload: ${count} generated abstracts, ${rounds} rounds interleaved after a warm-up (median)`);
  if (rounds > 0) console.log(`  ingest (parse+extract+batched load)  ${median(batched).toFixed(0).padStart(8)} links/s`);
  if (rounds > 0) console.log(`  naive (1 tx/paper, 1 statement/row) ${median(naive).toFixed(0).padStart(8)} links/s`);
  if (rounds > 0) console.log(`  ratio ingest/naive                   ${(median(batched) / median(naive)).toFixed(1).padStart(8)}×`);

  if (scale > 0) {
    await wipe(db);
    const big = path.join(dir, 'scale');
    await writeCorpus({ count: scale, seed: 'bench-scale', format: 'mixed', duplicateRate: 0.01, chineseRate: 0.01, out: big });
    const started = performance.now();
    let peakHeap = 0;
    const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 200);
    const summary = await ingestFiles(db, [big], {
      onProgress: (p) => p.records % 10_000 < 500 && console.error(`  … ${p.records} records`),
    });
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    console.log(`\nscale: ${scale} generated abstracts end to end (parse → extract → load)`);
    console.log(`  ${summary.records} records, ${summary.written} papers written, ${summary.links} links in ${seconds.toFixed(0)} s`);
    console.log(`  ${(summary.written / seconds).toFixed(0)} papers/s, ${(summary.links / seconds).toFixed(0)} links/s`);
    console.log(`  peak memory: node ${peakRssMiB().toFixed(0)} MiB RSS (heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB), neo4j ${peakRssMiB(neo4jPid).toFixed(0)} MiB RSS`);
  }
  await db.close();
});
rmSync(dir, { recursive: true, force: true });
