// Benchmark: `extract` against a plain compromise parse of the same abstracts, and 1 vs 2 workers.
// Usage: npm run build && node bench/extract.mjs [gold.jsonl] [repeat]
// Full `compromise` runs in its own worker thread: loading it in this thread would
// extend the `compromise/one` instance the extractor uses with the slow tagger.
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

const file = process.argv[2] ?? new URL('../../shared/gold/scirex-dev.jsonl', import.meta.url).pathname;
const repeat = Number(process.argv[3] ?? 10);

function abstracts() {
  const gold = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const out = [];
  for (let r = 0; r < repeat; r++) for (const g of gold) out.push({ title: g.title, abstract: g.abstract, id: `${g.id}#${r}` });
  return out;
}

function timed(label, n, fn) {
  const t = performance.now();
  fn();
  const s = (performance.now() - t) / 1000;
  return { label, n, seconds: s, perSecond: n / s };
}

if (!isMainThread) {
  // Baseline: a plain `nlp(text)` parse (tokenise + tag every word), same abstracts.
  const { default: nlp } = await import('compromise');
  const texts = workerData.texts;
  for (const t of texts.slice(0, 100)) nlp(t).json(); // warm-up
  const result = timed('plain nlp(text)', texts.length, () => {
    for (const t of texts) nlp(t);
  });
  parentPort.postMessage(result);
} else {
  const { extractPaper } = await import('../dist/extract/index.js');
  const { extractInWorkers } = await import('../dist/extract/stream.js');
  const items = abstracts();
  const records = items.map((a, i) => ({
    id: a.id, title: a.title, abstract: a.abstract, language: 'en', authors: [], categories: [], affiliations: [], urls: [],
    source: { file, line: i + 1 }, sources: [{ file, line: i + 1 }],
  }));
  const baseline = await new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), { workerData: { texts: items.map((a) => a.abstract) } });
    w.once('message', resolve);
    w.once('error', reject);
  });

  for (const r of records.slice(0, 200)) extractPaper(r); // warm-up
  const single = timed('extractPaper, this thread', records.length, () => {
    for (const r of records) extractPaper(r);
  });

  async function stream(workers) {
    async function* source() {
      yield* records;
    }
    const t = performance.now();
    let n = 0;
    for await (const _ of extractInWorkers(source(), workers)) n++;
    const s = (performance.now() - t) / 1000;
    return { label: `worker pool, ${workers} worker${workers > 1 ? 's' : ''}`, n, seconds: s, perSecond: n / s };
  }
  // Both pools start cold (new threads), so 1 and 2 workers are compared on equal terms.
  const w1 = await stream(1);
  const w2 = await stream(2);

  // What this machine allows right now: the same pure-CPU loop on 1 and 2 threads (other jobs share the cores).
  async function spin(threads) {
    const code = 'let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x);';
    const t = performance.now();
    await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(code, { eval: true }).once('message', done))));
    return 1 / ((performance.now() - t) / 1000 / threads);
  }
  const ceiling = (await spin(2)) / (await spin(1));

  const row = (r) => `${r.label.padEnd(30)} ${String(r.n).padStart(6)} abstracts ${r.seconds.toFixed(2).padStart(7)} s ${r.perSecond.toFixed(0).padStart(8)} /s`;
  console.log(`bench/extract: ${records.length} abstracts (${file} × ${repeat})`);
  console.log(row(baseline));
  console.log(row(single));
  console.log(row(w1));
  console.log(row(w2));
  console.log(`speed-up over plain compromise, one thread: ${(single.perSecond / baseline.perSecond).toFixed(1)}×`);
  console.log(`scaling 1 → 2 workers: ${(w2.perSecond / w1.perSecond).toFixed(2)}× (linear = 2.00×; a pure-CPU loop scales ${ceiling.toFixed(2)}× on this machine now; cores: ${(await import('node:os')).availableParallelism()})`);
}
