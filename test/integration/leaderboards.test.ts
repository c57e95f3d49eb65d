import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedPaper } from '../../src/extract/types.js';
import { loadPapers } from '../../src/load/pipeline.js';
import { LEADERBOARD_PAPERS, paper, result } from '../fixtures/leaderboards/papers.js';
import { cypherRows, graphShape, wipe } from '../support/graph.js';
import { gql } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Leaderboards from hand-written extractor output, through the real loader, the real Neo4j and the HTTP API. */
let server: TestServer;
const load = (papers: ExtractedPaper[]) =>
  loadPapers(
    server.db,
    (async function* () {
      yield* papers;
    })(),
    { batchSize: 2 },
  );
const query = async (text: string, variables: Record<string, unknown> = {}) => {
  const { body } = await gql(server.url, text, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
};
const cypher = (text: string, params: Record<string, unknown> = {}) => cypherRows(server.db, text, params);

const BOARD = `query($d: String!, $m: String!, $t: String, $first: Int) {
  leaderboard(dataset: $d, metric: $m, task: $t, first: $first) {
    dataset { name } metric { name higherIsBetter } task { name } higherIsBetter
    entries { rank method { name } result { value score kind unit confidence evidence paper { paperId } method { name } task { name } metric { name } } }
  }
}`;
const ranking = (board: any) => board.entries.map((e: any) => [e.rank, e.method.name, e.result.score]);

beforeAll(async () => {
  // Correctness, not latency, is tested here: on a loaded machine planning a statement for the first time can take seconds.
  server = await startTestServer({ queryTimeoutMs: 60_000 });
  await server.db.migrate();
  await wipe(server.db);
  await load(LEADERBOARD_PAPERS);
});
afterAll(async () => {
  await wipe(server.db);
  await server.close();
});

describe('leaderboards', () => {
  it('ranks an accuracy board high-first: one entry per method, ties by earliest paper, deltas left out', async () => {
    const { leaderboard } = await query(BOARD, { d: 'ImageNet', m: 'top-1 accuracy' });
    expect(leaderboard).toMatchObject({ dataset: { name: 'ImageNet' }, metric: { name: 'top-1 accuracy', higherIsBetter: true }, task: null, higherIsBetter: true });
    expect(ranking(leaderboard)).toEqual([
      [1, 'ViT-B/16', 81.8],
      [2, 'DeiT-B', 81.8],
      [3, 'ResNet-50', 77],
    ]);
    expect(leaderboard.entries.every((e: any) => e.result.kind === 'ABSOLUTE' && e.result.method.name === e.method.name)).toBe(true);
    expect(leaderboard.entries[0].result).toMatchObject({ value: '81.8%', unit: '%', confidence: 0.8, task: { name: 'image classification' } });
  });

  it("credits a baseline's stated number to the baseline, from the paper that states it", async () => {
    const { leaderboard } = await query(BOARD, { d: 'ImageNet', m: 'top-1 accuracy' });
    const resnet = leaderboard.entries.find((e: any) => e.method.name === 'ResNet-50');
    expect(resnet.result).toMatchObject({ value: '77.0%', paper: { paperId: 'lb:vit' }, evidence: 'ResNet 50 reaches 77.0% top-1 accuracy on ImageNet.' });
  });

  it('ranks a perplexity board low-first, and leaves out results with no method', async () => {
    const { leaderboard } = await query(BOARD, { d: 'WikiText-103', m: 'perplexity' });
    expect(leaderboard.higherIsBetter).toBe(false);
    expect(leaderboard.metric.higherIsBetter).toBe(false);
    expect(ranking(leaderboard)).toEqual([
      [1, 'GPT-2', 17.5],
      [2, 'Transformer-XL', 18.3],
      [3, 'LSTM', 48.7],
    ]);
  });

  it('looks every name up case-, space- and hyphen-insensitively, through aliases', async () => {
    const loose = await query(BOARD, { d: 'imagenet', m: 'top1 accuracy', t: 'Image-Classification', first: 2 });
    expect(loose.leaderboard.task.name).toBe('image classification');
    expect(ranking(loose.leaderboard)).toEqual([
      [1, 'ViT-B/16', 81.8],
      [2, 'DeiT-B', 81.8],
    ]);
    const alias = await query(BOARD, { d: 'wikitext 103', m: 'PPL' });
    expect(alias.leaderboard.metric.name).toBe('perplexity');
    expect(alias.leaderboard.entries).toHaveLength(3);
    const entities = await query(`{
      a: method(name: "resnet 50") { name } b: metric(name: "TOP-1 ACC.") { name } c: task(name: "language modeling") { name }
      d: entity(type: TASK, name: "Language-Modelling") { __typename name } e: entity(type: METRIC, name: "ppl") { __typename name }
      f: task(name: "no such task") { name }
    }`);
    expect(entities).toEqual({
      a: { name: 'ResNet-50' },
      b: { name: 'top-1 accuracy' },
      c: { name: 'language modelling' },
      d: { __typename: 'Task', name: 'language modelling' },
      e: { __typename: 'Metric', name: 'perplexity' },
      f: null,
    });
  });

  it('answers null for an unknown name and an empty board when nothing is stated', async () => {
    const unknown = await query(BOARD, { d: 'ImageNet', m: 'no such metric' });
    expect(unknown.leaderboard).toBeNull();
    const empty = await query(BOARD, { d: 'ImageNet', m: 'perplexity' });
    expect(empty.leaderboard).toMatchObject({ higherIsBetter: false, entries: [] });
    const wrongTask = await query(BOARD, { d: 'ImageNet', m: 'top-1 accuracy', t: 'language modelling' });
    expect(wrongTask.leaderboard.entries).toEqual([]);
    const { body } = await gql(server.url, BOARD, { d: 'ImageNet', m: 'top-1 accuracy', first: 0 });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps deltas apart: stored with kind DELTA, listed after the scores', async () => {
    const data = await query('{ paper(id: "lb:vit") { results { value kind score method { name } } } }');
    expect(data.paper.results).toContainEqual({ value: '+4.8', kind: 'DELTA', score: 4.8, method: { name: 'ViT-B/16' } });
    const dataset = await query('{ dataset(name: "ImageNet") { results(first: 10) { value kind } } }');
    const kinds = dataset.dataset.results.map((r: any) => r.kind);
    expect(kinds).toEqual([...kinds].sort());
    expect(dataset.dataset.results[0].value).toBe('81.8%');
    expect(kinds.at(-1)).toBe('DELTA');
  });

  it('gives a dataset one board per task and metric, and a task its boards', async () => {
    const data = await query(`{
      dataset(name: "ImageNet") { leaderboards(first: 5) { task { name } metric { name } entries { rank method { name } } } }
      task(name: "image classification") {
        leaderboards { dataset { name } metric { name } higherIsBetter entries { method { name } } }
        datasets { totalCount edges { paperCount node { name } } }
        methods { edges { paperCount node { name } } }
        metrics { edges { paperCount node { name higherIsBetter } } }
        paperCount
      }
    }`);
    expect(data.dataset.leaderboards).toHaveLength(1);
    expect(data.dataset.leaderboards[0]).toMatchObject({ task: { name: 'image classification' }, metric: { name: 'top-1 accuracy' } });
    expect(data.dataset.leaderboards[0].entries.map((e: any) => e.method.name)).toEqual(['ViT-B/16', 'DeiT-B', 'ResNet-50']);
    const task = data.task;
    expect(task.paperCount).toBe(3);
    expect(task.leaderboards).toEqual([
      {
        dataset: { name: 'ImageNet' },
        metric: { name: 'top-1 accuracy' },
        higherIsBetter: true,
        entries: [{ method: { name: 'ViT-B/16' } }, { method: { name: 'DeiT-B' } }, { method: { name: 'ResNet-50' } }],
      },
    ]);
    expect(task.datasets).toEqual({ totalCount: 1, edges: [{ paperCount: 3, node: { name: 'ImageNet' } }] });
    expect(task.methods.edges[0]).toEqual({ paperCount: 2, node: { name: 'ResNet-50' } });
    expect(task.methods.edges).toHaveLength(3);
    expect(task.metrics.edges).toEqual([{ paperCount: 3, node: { name: 'top-1 accuracy', higherIsBetter: true } }]);
  });

  it("pages a method's results newest first, filtered by loose names, and lists its tasks", async () => {
    const data = await query(`{ method(name: "ResNet-50") {
      tasks { edges { node { name } } }
      all: results(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { value paper { paperId } } } }
      top1: results(metric: "top1 acc", dataset: "IMAGENET") { totalCount }
      none: results(dataset: "no such dataset") { totalCount edges { node { value } } }
    } }`);
    const method = data.method;
    expect(method.tasks.edges).toEqual([{ node: { name: 'image classification' } }]);
    expect(method.all.totalCount).toBe(3);
    expect(method.all.edges[0].node).toEqual({ value: '77.0%', paper: { paperId: 'lb:vit' } });
    expect(method.all.pageInfo.hasNextPage).toBe(true);
    expect(method.top1.totalCount).toBe(3);
    expect(method.none).toEqual({ totalCount: 0, edges: [] });
    const next = await query('query($a: String) { method(name: "ResNet-50") { results(first: 2, after: $a) { pageInfo { hasNextPage } edges { node { paper { paperId } } } } } }', {
      a: method.all.pageInfo.endCursor,
    });
    expect(next.method.results.edges).toEqual([{ node: { paper: { paperId: 'lb:resnet' } } }]);
    expect(next.method.results.pageInfo.hasNextPage).toBe(false);
  });

  it('compares methods across datasets: best absolute result per cell, unknown names listed', async () => {
    const data = await query(`{ compare(methods: ["resnet 50", "vit-b/16", "GPT2", "no such method"]) {
      methods { name } datasets { name } unknown
      cells { method { name } dataset { name } metric { name } best { value paper { paperId } } }
    } }`);
    expect(data.compare.methods.map((m: any) => m.name)).toEqual(['ResNet-50', 'ViT-B/16', 'GPT-2']);
    expect(data.compare.datasets.map((d: any) => d.name)).toEqual(['ImageNet', 'WikiText-103']);
    expect(data.compare.unknown).toEqual(['no such method']);
    expect(data.compare.cells).toEqual([
      { method: { name: 'ResNet-50' }, dataset: { name: 'ImageNet' }, metric: { name: 'top-1 accuracy' }, best: { value: '77.0%', paper: { paperId: 'lb:vit' } } },
      { method: { name: 'ViT-B/16' }, dataset: { name: 'ImageNet' }, metric: { name: 'top-1 accuracy' }, best: { value: '81.8%', paper: { paperId: 'lb:vit' } } },
      { method: { name: 'GPT-2' }, dataset: { name: 'WikiText-103' }, metric: { name: 'perplexity' }, best: { value: '17.5', paper: { paperId: 'lb:gpt2' } } },
    ]);
    const low = await query(`{ compare(methods: ["LSTM", "Transformer-XL"], datasets: ["WT103", "nowhere"], metric: "PPL") {
      datasets { name } unknown cells { method { name } best { score } } } }`);
    expect(low.compare).toEqual({
      datasets: [{ name: 'WikiText-103' }],
      unknown: ['nowhere'],
      cells: [
        { method: { name: 'LSTM' }, best: { score: 48.7 } },
        { method: { name: 'Transformer-XL' }, best: { score: 18.3 } },
      ],
    });
    const { body } = await gql(server.url, '{ compare(methods: []) { unknown } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts tasks, metrics and results, and finds them by search and path', async () => {
    const data = await query(`{
      stats { papers tasks metrics results }
      search(text: "image classif", types: [TASK]) { type entity { name } }
      metrics: search(text: "perplex") { type entity { name } }
      path(from: { type: METRIC, name: "ppl" }, to: { type: METHOD, name: "lstm" }) { length steps { fromRole toRole paper { paperId } } }
    }`);
    expect(data.stats).toEqual({ papers: 5, tasks: 2, metrics: 2, results: 10 });
    expect(data.search[0]).toEqual({ type: 'TASK', entity: { name: 'image classification' } });
    expect(data.metrics[0]).toEqual({ type: 'METRIC', entity: { name: 'perplexity' } });
    expect(data.path).toEqual({ length: 1, steps: [{ fromRole: 'MEASURED_BY', toRole: 'COMPARES', paper: { paperId: 'lb:transformer-xl' } }] });
  });

  it('stores results linked to all four entities, and reloads them idempotently', async () => {
    const [links] = await cypher(`
      MATCH (r:Result {key: 'lb:vit#1'})
      RETURN [(r)-[:FOR_METHOD]->(x) | x.uid] AS method, [(r)-[:ON_DATASET]->(x) | x.uid] AS dataset,
             [(r)-[:FOR_TASK]->(x) | x.uid] AS task, [(r)-[:IN_METRIC]->(x) | x.uid] AS metric`);
    expect(links).toEqual({ method: ['Method:resnet50'], dataset: ['Dataset:imagenet'], task: ['Task:imageclassification'], metric: ['Metric:top1accuracy'] });
    const before = await graphShape(server.db);
    const again = await load(LEADERBOARD_PAPERS);
    expect(again.written).toBe(0);
    expect(await graphShape(server.db)).toEqual(before);

    // A re-extraction states new results for one paper: its old ones are replaced, none orphaned.
    const [vit] = LEADERBOARD_PAPERS.filter((p) => p.id === 'lb:vit');
    const v2 = { ...vit!, extractor: 'fixture/2', results: [result('ViT-B/16', 'ImageNet', 'top-1 accuracy', '79.9%', { task: 'image classification' })] };
    await load([v2]);
    const [counts] = await cypher(`
      RETURN count { MATCH (r:Result) } AS results, count { MATCH (o:Result) WHERE NOT (:Paper)-[:REPORTS]->(o) } AS orphans,
             count { MATCH (:Paper {id: 'lb:vit'})-[:REPORTS]->(v:Result) } AS vit`);
    expect(counts).toEqual({ results: 8, orphans: 0, vit: 1 });
    const { leaderboard } = await query(BOARD, { d: 'ImageNet', m: 'top-1 accuracy' });
    expect(ranking(leaderboard)).toEqual([
      [1, 'DeiT-B', 81.8],
      [2, 'ViT-B/16', 79.9],
      [3, 'ResNet-50', 76.1],
    ]);
    const reloaded = await graphShape(server.db);
    await wipe(server.db);
    await load([...LEADERBOARD_PAPERS.filter((p) => p.id !== 'lb:vit'), v2]);
    expect(await graphShape(server.db)).toEqual(reloaded);
  });

  it('creates the metric a result names when the extractor did not link it, once, with its direction', async () => {
    const rows = await cypher(`MATCH (m:Metric) RETURN m.uid AS uid, m.higherIsBetter AS up, m.paperCount AS papers ORDER BY uid`);
    expect(rows).toEqual([
      { uid: 'Metric:perplexity', up: false, papers: 2 },
      { uid: 'Metric:top1accuracy', up: true, papers: expect.any(Number) },
    ]);
    const extra = paper('lb:extra', '2021-01-01', [['Dataset', 'ImageNet', 'EVALUATES_ON']], [result(undefined, 'ImageNet', 'Top-5 Error', '3.1%')]);
    await load([extra]);
    const [metric] = await cypher(`MATCH (m:Metric {uid: 'Metric:top5error'}) RETURN m.name AS name, m.higherIsBetter AS up`);
    expect(metric).toEqual({ name: 'Top-5 Error', up: false });
  });
});
