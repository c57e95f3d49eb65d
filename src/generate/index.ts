import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { drawAffiliation, generatePaper, type GeneratedPaper, type Truth } from './paper.js';
import { Random } from './random.js';
import { renderSnapshotLine, TextDumpWriter } from './render.js';

export type { GeneratedPaper, Truth } from './paper.js';

export type CorpusFormat = 'txt' | 'jsonl' | 'mixed';

export interface CorpusOptions {
  count: number;
  seed: number | string;
  /** `mixed` puts each paper in either form at random. Default `txt`. */
  format?: CorpusFormat;
  /** Share of records that repeat a recent paper (a second dump or version of it). Default 0. */
  duplicateRate?: number;
  /** Share of text-dump records written in Chinese with a translation marker. Default 0. */
  chineseRate?: number;
}

/** One generated record: the paper, the form it is written in, and its text in that form. */
export interface CorpusItem {
  paper: GeneratedPaper;
  format: 'txt' | 'jsonl';
  text: string;
}

// Repeats are drawn from the last few papers only, so the generator's memory stays flat.
const RECENT = 64;
const MEAN_AFFILIATION_RUN = 8;

/** Yields `count` records one at a time; the same options give the same records, byte for byte. */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusItem> {
  const random = new Random(options.seed);
  const serial = new Map<string, number>();
  const recent: GeneratedPaper[] = [];
  const textWriter = new TextDumpWriter();
  let affiliation = drawAffiliation(random);
  for (let ordinal = 0; ordinal < options.count; ordinal++) {
    const format = options.format === 'mixed' ? (random.chance(0.5) ? 'txt' : 'jsonl') : (options.format ?? 'txt');
    if (random.chance(1 / MEAN_AFFILIATION_RUN)) affiliation = drawAffiliation(random);
    let paper: GeneratedPaper;
    if (recent.length > 0 && random.chance(options.duplicateRate ?? 0)) {
      const original = random.pick(recent);
      paper = { ...original, ordinal, duplicateOf: original.ordinal, truth: { ...original.truth } };
    } else {
      const chinese = format === 'txt' && random.chance(options.chineseRate ?? 0);
      paper = generatePaper(random, ordinal, affiliation, serial, { chinese, arxiv: format === 'jsonl' || random.chance(0.85) });
      recent.push(paper);
      if (recent.length > RECENT) recent.shift();
    }
    // The snapshot has no affiliations: its truth keeps only institutions named in the text.
    if (format === 'jsonl') paper = { ...paper, truth: { ...paper.truth, institutions: paper.truth.institutions.slice(1) } };
    const text = format === 'txt' ? textWriter.render(paper, random) : renderSnapshotLine(paper);
    yield { paper, format, text };
  }
}

export interface WriteOptions extends CorpusOptions {
  /** A file, or a directory (required for `mixed`) that gets `corpus.txt` / `corpus.jsonl`. Default: `stdout`. */
  out?: string;
  /** Where to write the truth, one JSON object a paper. */
  truth?: string;
  stdout?: NodeJS.WritableStream;
}

export interface WriteSummary {
  files: string[];
  records: number;
  papers: number;
  bytes: number;
}

/** Streams a generated corpus to files (or stdout) and its truth to `truth`, with back-pressure. */
export async function writeCorpus(options: WriteOptions): Promise<WriteSummary> {
  const sinks = new Map<string, Sink>();
  const targets = targetsFor(options);
  const truth = options.truth ? new Sink(createWriteStream(options.truth)) : undefined;
  const summary: WriteSummary = { files: [], records: 0, papers: 0, bytes: 0 };
  for (const { paper, format, text } of generateCorpus(options)) {
    const target = targets[format];
    let sink = sinks.get(target);
    if (!sink) {
      sink = new Sink(target === '-' ? (options.stdout ?? process.stdout) : createWriteStream(target));
      sinks.set(target, sink);
      summary.files.push(target);
    }
    await sink.write(text);
    summary.records++;
    summary.bytes += Buffer.byteLength(text);
    if (paper.duplicateOf === undefined) summary.papers++;
    await truth?.write(`${JSON.stringify(truthLine(paper.truth, paper))}\n`);
  }
  await Promise.all([...sinks.values(), ...(truth ? [truth] : [])].map((sink) => sink.close()));
  return summary;
}

function truthLine(truth: Truth, paper: GeneratedPaper): Truth & { ordinal: number; duplicateOf?: number } {
  return { ordinal: paper.ordinal, ...truth, ...(paper.duplicateOf !== undefined ? { duplicateOf: paper.duplicateOf } : {}) };
}

function targetsFor(options: WriteOptions): Record<'txt' | 'jsonl', string> {
  const out = options.out;
  const isDir =
    out !== undefined && (out.endsWith('/') || options.format === 'mixed' || statSync(out, { throwIfNoEntry: false })?.isDirectory());
  if (out === undefined) {
    if (options.format === 'mixed') throw new Error('--format mixed writes two files: give --out DIR');
    return { txt: '-', jsonl: '-' };
  }
  if (!isDir) return { txt: out, jsonl: out };
  mkdirSync(out, { recursive: true });
  return { txt: path.join(out, 'corpus.txt'), jsonl: path.join(out, 'corpus.jsonl') };
}

/** A writable with batching and back-pressure: the corpus is never held in memory. */
class Sink {
  private pending = '';

  constructor(private readonly stream: NodeJS.WritableStream) {}

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === '') return;
    const ok = this.stream.write(this.pending);
    this.pending = '';
    if (!ok) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.stream === process.stdout) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}
