// Parse benchmark: streaming `readRecords` against a naive whole-file reader, on
// generated text dumps of two sizes (10× apart). Plain ESM over the compiled code
// in dist/ (run `npm run build` first):
//
//   node bench/parse.mjs [--sizes 20,200] [--seed 1] [--keep]
//
// Readers: `stream` is readRecords as `parse` uses it; `flat` the same without the
// dedupe keys (~100 bytes a paper); `naive` reads the whole file and splits lines,
// then runs the same record logic.
//
// Each measurement runs in a fresh child process, so one run's garbage cannot
// inflate the next one's peak memory; peak RSS is the kernel's (getrusage maxRSS),
// peak heap is sampled every 10 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../dist');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};

if (args[0] === '--child') await child(args[1], args[2]);
else await main();

async function main() {
  if (!existsSync(path.join(dist, 'ingest/index.js'))) {
    console.error('bench/parse: dist/ is missing; run `npm run build` first');
    process.exit(1);
  }
  const { writeCorpus, generateCorpus } = await import(path.join(dist, 'generate/index.js'));
  const sizes = option('sizes', '20,200').split(',').map(Number);
  const seed = option('seed', '1');
  const dir = mkdtempSync(path.join(tmpdir(), 'papergraph-bench-'));
  const corpus = { seed, format: 'txt', duplicateRate: 0.01, chineseRate: 0.02 };

  // Average record size from a sample, to reach each target size in one pass.
  let sampleBytes = 0;
  for (const { text } of generateCorpus({ ...corpus, count: 2000 })) sampleBytes += Buffer.byteLength(text);
  const rows = [];
  for (const megabytes of sizes) {
    const file = path.join(dir, `dump-${megabytes}MB.txt`);
    const count = Math.ceil((megabytes * 1e6) / (sampleBytes / 2000));
    const started = performance.now();
    await writeCorpus({ ...corpus, count, out: file });
    const bytes = statSync(file).size;
    console.error(`generated ${(bytes / 1e6).toFixed(0)} MB (${count} records) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const mode of ['stream', 'flat', 'naive']) rows.push({ megabytes, mode, bytes, ...measure(mode, file) });
  }
  report(rows, sizes);
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`\ninputs kept in ${dir}`);
}

function measure(mode, file) {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, file], { encoding: 'utf8', maxBuffer: 1e6 });
  if (result.status !== 0) throw new Error(`${mode} run failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

function report(rows, sizes) {
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  console.log('\nsize     reader  records   papers  seconds    MB/s  peak RSS  peak heap');
  for (const row of rows) {
    console.log(
      `${`${(row.bytes / 1e6).toFixed(0)} MB`.padEnd(8)} ${row.mode.padEnd(6)} ${String(row.records).padStart(8)} ${String(row.papers).padStart(8)}` +
        ` ${row.seconds.toFixed(2).padStart(8)} ${(row.bytes / 1e6 / row.seconds).toFixed(1).padStart(7)} ${mb(row.peakRss).padStart(9)} ${mb(row.peakHeap).padStart(10)}`,
    );
  }
  const find = (megabytes, mode) => rows.find((row) => row.megabytes === megabytes && row.mode === mode);
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  console.log(`\ninput grows ${(find(large, 'stream').bytes / find(small, 'stream').bytes).toFixed(1)}× (${small} → ${large} MB):`);
  for (const mode of ['stream', 'flat', 'naive']) {
    const growth = (key) => (find(large, mode)[key] / find(small, mode)[key]).toFixed(2);
    console.log(`  ${mode.padEnd(6)} peak RSS ×${growth('peakRss')}, peak heap ×${growth('peakHeap')}`);
  }
  for (const megabytes of sizes) {
    const [stream, naive] = [find(megabytes, 'stream'), find(megabytes, 'naive')];
    const flat = find(megabytes, 'flat');
    if (stream.records !== naive.records || flat.records !== naive.records)
      console.log(`  WARNING: readers disagree at ${megabytes} MB (${stream.records} vs ${naive.records})`);
    console.log(
      `at ${megabytes} MB, stream vs naive: throughput ×${(naive.seconds / stream.seconds).toFixed(2)}, peak RSS ×${(stream.peakRss / naive.peakRss).toFixed(2)}`,
    );
  }
}

/** Runs one reader over one file and prints its measurements as JSON. */
async function child(mode, file) {
  const { readRecords } = await import(path.join(dist, 'ingest/index.js'));
  let peakHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 10);
  const started = performance.now();
  let records = 0;
  let duplicates = 0;
  const records$ = mode === 'naive' ? await naiveRecords(file, sample) : readRecords([file], { dedupe: mode === 'stream' });
  for await (const record of records$) {
    records++;
    if (record.duplicate) duplicates++;
    if ((records & 1023) === 0) sample();
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ records, papers: records - duplicates, seconds, peakRss, peakHeap }));
}

/** The baseline: read the whole file, split it into lines, then run the same record logic. */
async function naiveRecords(file, sample) {
  const { readTextRecords } = await import(path.join(dist, 'ingest/text-format.js'));
  const { finishRecord } = await import(path.join(dist, 'ingest/finish.js'));
  const { DuplicateIndex } = await import(path.join(dist, 'ingest/dedupe.js'));
  const text = new TextDecoder().decode(readFileSync(file));
  const lines = text.split(/\r\n|\r|\n/);
  sample();
  // Batches of lines, as the streaming reader hands them on, so only the I/O differs.
  async function* events() {
    for (let start = 0; start < lines.length; start += 1000) {
      yield lines.slice(start, start + 1000).map((text, offset) => ({ line: start + offset + 1, text }));
    }
  }
  const seen = new DuplicateIndex();
  return (async function* () {
    for await (const raw of readTextRecords(events(), () => {})) {
      const finished = finishRecord(raw, file);
      if (finished) yield seen.admit(finished.record, finished.keys);
    }
  })();
}
