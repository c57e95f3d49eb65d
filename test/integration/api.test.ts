import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extract/index.js';
import type { ExtractedPaper } from '../../src/extract/types.js';
import { cypherRows } from '../support/graph.js';
import { gql } from '../support/http.js';
import { SEEDS, hasSeeds } from '../support/paths.js';
import { startCorpusServer, type TestServer } from '../support/server.js';

let server: TestServer;
const query = async (text: string, variables: Record<string, unknown> = {}) => {
  const { body } = await gql(server.url, text, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
};
const cypher = (text: string, params: Record<string, unknown> = {}) => cypherRows(server.db, text, params);

/** A hand-made paper with an alias the extractor would not produce, to test alias lookups. */
const aliasPaper: ExtractedPaper = {
  id: 'test:alias-paper',
  abstract: 'We propose Gated Lattice Network (GLN-X) and evaluate it on the Widget-1K dataset.',
  title: 'Gated lattices',
  published: '2021-03-04',
  language: 'en',
  authors: [],
  categories: [],
  affiliations: [],
  urls: [],
  source: { file: 'fixtures/alias.txt', line: 3 },
  sources: [{ file: 'fixtures/alias.txt', line: 3 }],
  extractor: EXTRACTOR_VERSION,
  results: [
    {
      method: 'GLN-X',
      dataset: 'Widget-1K',
      // A metric no other paper states, so the paper stays unconnected to the generated corpus (see path).
      metric: 'widget accuracy',
      value: '91.5%',
      score: 91.5,
      evidence: 'GLN-X reaches 91.5% widget accuracy on Widget-1K.',
    },
  ],
  entities: [
    {
      type: 'Method',
      name: 'Gated Lattice Network',
      key: 'gatedlatticenetwork',
      aliases: ['GLN-X'],
      role: 'PROPOSES',
      evidence: 'We propose Gated Lattice Network (GLN-X).',
      confidence: 0.9,
    },
    {
      type: 'Dataset',
      name: 'Widget-1K',
      key: 'widget1k',
      aliases: ['Widget1K'],
      role: 'EVALUATES_ON',
      evidence: 'We evaluate it on the Widget-1K dataset.',
      confidence: 0.8,
    },
  ],
};

beforeAll(async () => {
  server = await startCorpusServer({ count: 600, seed: 'api-test', format: 'mixed', inputs: hasSeeds ? [SEEDS] : [], papers: [aliasPaper] });
});
afterAll(() => server.close());

describe('lookups', () => {
  it('stats counts every node type', async () => {
    const [counts] = await cypher(
      'MATCH (p:Paper) WITH count(p) AS papers MATCH (m:Method) WITH papers, count(m) AS methods MATCH (d:Dataset) RETURN papers, methods, count(d) AS datasets',
    );
    const data = await query('{ stats { papers methods datasets institutions } }');
    expect(data.stats).toMatchObject(counts!);
    expect(data.stats.papers).toBeGreaterThan(500);
  });

  it('finds a paper by id and by arXiv id with a version suffix', async () => {
    const [row] = await cypher('MATCH (p:Paper) WHERE p.arxivId IS NOT NULL RETURN p.id AS id, p.arxivId AS arxivId LIMIT 1');
    const data = await query(
      'query($a: ID!, $b: ID!) { a: paper(id: $a) { paperId arxivId } b: paper(id: $b) { paperId } none: paper(id: "nope") { id } }',
      {
        a: row!.id,
        b: `${row!.arxivId}v3`,
      },
    );
    expect(data.a).toEqual({ paperId: row!.id, arxivId: row!.arxivId });
    expect(data.b).toEqual({ paperId: row!.id });
    expect(data.none).toBeNull();
  });

  it('looks entities up case-insensitively and through aliases', async () => {
    const data = await query(`{
      a: dataset(name: "cifar10") { uid name }
      b: dataset(name: "CIFAR-10") { uid }
      c: method(name: "gln-x") { name aliases type }
      d: method(name: "GATED LATTICE NETWORK") { name }
      e: dataset(name: "widget1k") { name }
      f: entity(type: DATASET, name: "Widget 1K") { __typename name }
      g: method(name: "no such method") { name }
    }`);
    expect(data.a).toEqual({ uid: 'Dataset:cifar10', name: 'CIFAR-10' });
    expect(data.b.uid).toBe('Dataset:cifar10');
    expect(data.c).toEqual({ name: 'Gated Lattice Network', aliases: ['GLN-X'], type: 'METHOD' });
    expect(data.d.name).toBe('Gated Lattice Network');
    expect(data.e.name).toBe('Widget-1K');
    expect(data.f).toEqual({ __typename: 'Dataset', name: 'Widget-1K' });
    expect(data.g).toBeNull();
  });

  it('gives a paper its links, results and provenance', async () => {
    const data = await query(`{ paper(id: "test:alias-paper") {
      title published year language source { file line } sources { line }
      all: entities { role evidence confidence entity { __typename name } }
      methods: entities(type: METHOD) { entity { name } }
      evaluated: entities(role: EVALUATES_ON) { entity { name } }
      results { metric { name } value score method { name } dataset { name } paper { paperId } }
    } }`);
    const paper = data.paper;
    expect(paper).toMatchObject({
      title: 'Gated lattices',
      published: '2021-03-04',
      year: 2021,
      language: 'en',
      source: { file: 'fixtures/alias.txt', line: 3 },
    });
    // Method, dataset, and the metric its result is stated in (linked by the loader: MEASURED_BY).
    expect(paper.all).toHaveLength(3);
    expect(paper.all[2]).toMatchObject({ role: 'MEASURED_BY', entity: { __typename: 'Metric', name: 'widget accuracy' } });
    expect(paper.all[0]).toEqual({
      role: 'PROPOSES',
      evidence: 'We propose Gated Lattice Network (GLN-X).',
      confidence: 0.9,
      entity: { __typename: 'Method', name: 'Gated Lattice Network' },
    });
    expect(paper.methods).toEqual([{ entity: { name: 'Gated Lattice Network' } }]);
    expect(paper.evaluated).toEqual([{ entity: { name: 'Widget-1K' } }]);
    expect(paper.results).toEqual([
      {
        metric: { name: 'widget accuracy' },
        value: '91.5%',
        score: 91.5,
        method: { name: 'Gated Lattice Network' },
        dataset: { name: 'Widget-1K' },
        paper: { paperId: 'test:alias-paper' },
      },
    ]);
  });
});

describe('entities', () => {
  it('ranks co-occurring entities by shared papers, with counts that match the graph', async () => {
    const data = await query(
      '{ dataset(name: "CIFAR-10") { paperCount methods(first: 5) { totalCount edges { paperCount node { name uid } } } } }',
    );
    const edges = data.dataset.methods.edges;
    expect(edges.length).toBe(5);
    const counts = edges.map((e: { paperCount: number }) => e.paperCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    for (const edge of edges) {
      const [row] = await cypher(
        `MATCH (d:Dataset {uid: 'Dataset:cifar10'})<--(p:Paper)-->(m:Method {uid: $uid}) RETURN count(DISTINCT p) AS shared`,
        { uid: edge.node.uid },
      );
      expect(edge.paperCount).toBe(row!.shared);
    }
    const [total] = await cypher(`MATCH (d:Dataset {uid: 'Dataset:cifar10'})<--(:Paper)-->(m:Method) RETURN count(DISTINCT m) AS n`);
    expect(data.dataset.methods.totalCount).toBe(total!.n);
  });

  it('pages through a ranked list without gaps or repeats', async () => {
    const all = await query('{ dataset(name: "CIFAR-10") { methods(first: 100) { totalCount edges { node { id } } } } }');
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await query(
        'query($after: String) { dataset(name: "CIFAR-10") { methods(first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }',
        { after },
      );
      ids.push(...page.dataset.methods.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.dataset.methods.pageInfo.hasNextPage ? page.dataset.methods.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.dataset.methods.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(new Set(ids).size).toBe(all.dataset.methods.totalCount);
  });

  it('answers the related lists of every entity type', async () => {
    const data = await query(`{
      method(name: "ResNet-50") { datasets(first: 3) { edges { node { __typename } } } relatedMethods(first: 3) { edges { node { __typename name } } } institutions(first: 3) { edges { node { __typename } } } }
      dataset(name: "CIFAR-10") { institutions(first: 3) { edges { node { __typename } } } }
    }`);
    expect(data.method.datasets.edges.every((e: any) => e.node.__typename === 'Dataset')).toBe(true);
    expect(data.method.relatedMethods.edges.every((e: any) => e.node.__typename === 'Method' && e.node.name !== 'ResNet-50')).toBe(true);
    expect(data.method.datasets.edges.length).toBeGreaterThan(0);
    expect(data.dataset.institutions.edges.every((e: any) => e.node.__typename === 'Institution')).toBe(true);
    const [inst] = await cypher('MATCH (i:Institution) RETURN i.name AS name ORDER BY i.paperCount DESC LIMIT 1');
    const institution = await query(
      'query($n: String!) { institution(name: $n) { paperCount methods(first: 3) { edges { paperCount node { __typename } } } datasets(first: 3) { edges { node { __typename } } } } }',
      { n: inst!.name },
    );
    expect(institution.institution.methods.edges.length).toBeGreaterThan(0);
    expect(institution.institution.datasets.edges.every((e: any) => e.node.__typename === 'Dataset')).toBe(true);
  });

  it('reports a trend that sums to the papers with a year', async () => {
    const data = await query('{ dataset(name: "CIFAR-10") { paperCount trend { year papers } } }');
    const [row] = await cypher(
      `MATCH (:Dataset {uid: 'Dataset:cifar10'})<--(p:Paper) WHERE p.year IS NOT NULL RETURN count(DISTINCT p) AS n`,
    );
    const years = data.dataset.trend.map((t: { year: number }) => t.year);
    expect([...years].sort()).toEqual(years);
    expect(data.dataset.trend.reduce((sum: number, t: { papers: number }) => sum + t.papers, 0)).toBe(row!.n);
  });

  it('lists where a method was proposed and a leaderboard best first', async () => {
    const data = await query(
      '{ method(name: "GLN-X") { proposedIn { paperId } } dataset(name: "CIFAR-10") { results(first: 50) { score metric { name } } } }',
    );
    expect(data.method.proposedIn).toEqual([{ paperId: 'test:alias-paper' }]);
    const scores = data.dataset.results.map((r: { score: number | null }) => r.score ?? -Infinity);
    expect(scores.length).toBeGreaterThan(0);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const metric = data.dataset.results[0].metric.name;
    const one = await query('query($m: String) { dataset(name: "CIFAR-10") { results(metric: $m, first: 100) { metric { name } } } }', {
      m: metric.toUpperCase(),
    });
    expect(one.dataset.results.every((r: { metric: { name: string } }) => r.metric.name.toLowerCase() === metric.toLowerCase())).toBe(true);
  });

  it("pages an entity's papers by role, newest first", async () => {
    const data = await query(
      '{ dataset(name: "CIFAR-10") { all: papers(first: 100) { totalCount edges { node { id published } } } evaluated: papers(role: EVALUATES_ON, first: 100) { totalCount } } }',
    );
    const dates = data.dataset.all.edges.map((e: any) => e.node.published ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    const [row] = await cypher(`MATCH (:Dataset {uid: 'Dataset:cifar10'})<-[:EVALUATES_ON]-(p:Paper) RETURN count(DISTINCT p) AS n`);
    expect(data.dataset.evaluated.totalCount).toBe(row!.n);
  });
});

describe('papers(filter)', () => {
  const pageAll = async (filter: Record<string, unknown>, first: number) => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const data: any = await query(
        'query($f: PaperFilter, $first: Int, $after: String) { papers(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { paperId published } } } }',
        { f: filter, first, after },
      );
      total = data.papers.totalCount;
      ids.push(...data.papers.edges.map((e: any) => e.node.paperId));
      after = data.papers.pageInfo.hasNextPage ? data.papers.pageInfo.endCursor : null;
    } while (after);
    return { ids, total };
  };

  it('pages across all papers without gaps or repeats', async () => {
    const { ids, total } = await pageAll({}, 100);
    const [row] = await cypher('MATCH (p:Paper) RETURN count(p) AS n');
    expect(total).toBe(row!.n);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('combines entity, role and date filters, alias-aware', async () => {
    const { ids, total } = await pageAll({ dataset: 'cifar10', role: 'EVALUATES_ON', from: '2018', to: '2022-06' }, 9);
    const rows = await cypher(
      `MATCH (:Dataset {uid: 'Dataset:cifar10'})<-[:EVALUATES_ON]-(p:Paper) WHERE p.published >= '2018' AND p.published <= '2022-06-99' RETURN p.id AS id`,
    );
    expect(total).toBe(rows.length);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
    const both = await pageAll({ dataset: 'CIFAR-10', method: 'resnet-50' }, 50);
    const [row] = await cypher(
      `MATCH (:Dataset {uid: 'Dataset:cifar10'})<--(p:Paper)-->(:Method {uid: 'Method:resnet50'}) RETURN count(DISTINCT p) AS n`,
    );
    expect(both.total).toBe(row!.n);
    expect(both.ids).toHaveLength(row!.n);
  });

  it('matches full-text words in titles and abstracts', async () => {
    const { ids } = await pageAll({ text: 'lattice' }, 20);
    expect(ids).toContain('test:alias-paper');
    const unknown = await query('{ papers(filter: { method: "no such method" }) { totalCount edges { cursor } } }');
    expect(unknown.papers).toEqual({ totalCount: 0, edges: [] });
  });

  it('rejects malformed cursors and dates as bad input', async () => {
    for (const [q, message] of [
      ['{ papers(after: "garbage") { totalCount } }', /cursor/],
      ['{ papers(filter: { from: "last year" }) { totalCount } }', /dates must look like/],
    ] as const) {
      const { body } = await gql(server.url, q);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(message);
    }
  });
});

describe('search and path', () => {
  it('finds entities by prefix and by typo, best first, filtered by type', async () => {
    const data = await query(
      '{ prefix: search(text: "resn") { type entity { name } } typo: search(text: "resnte 50") { entity { name } } only: search(text: "c", types: [DATASET], first: 5) { type } }',
    );
    expect(data.prefix[0]).toMatchObject({ type: 'METHOD' });
    expect(data.prefix[0].entity.name).toMatch(/^ResNet/);
    expect(data.typo.map((h: any) => h.entity.name)).toContain('ResNet-50');
    expect(data.only.length).toBeGreaterThan(0);
    expect(data.only.every((h: { type: string }) => h.type === 'DATASET')).toBe(true);
    const scores = (await query('{ search(text: "res", first: 20) { score } }')).search.map((h: { score: number }) => h.score);
    expect([...scores].sort((a: number, b: number) => b - a)).toEqual(scores);
  });

  it('finds the shortest connection with evidence for each step', async () => {
    const [pair] = await cypher(`
      MATCH (a:Method)<--(p1:Paper)-->(x:Entity)<--(p2:Paper)-->(b:Dataset)
      WHERE NOT EXISTS { (a)<--(:Paper)-->(b) } AND a <> x AND x <> b
      RETURN a.name AS f, b.name AS t LIMIT 1`);
    const data = await query(
      'query($f: String!, $t: String!) { path(from: { type: METHOD, name: $f }, to: { type: DATASET, name: $t }) { length steps { from { name } fromRole fromEvidence paper { id } toRole toEvidence to { name } } } }',
      pair!,
    );
    expect(data.path.length).toBe(2);
    expect(data.path.steps[0].from.name).toBe(pair!.f);
    expect(data.path.steps[1].to.name).toBe(pair!.t);
    expect(data.path.steps[0].to.name).toBe(data.path.steps[1].from.name);
    for (const step of data.path.steps) {
      expect(step.fromEvidence.length).toBeGreaterThan(10);
      expect(step.toEvidence.length).toBeGreaterThan(10);
    }
    const short = await query(
      'query($f: String!, $t: String!) { path(from: { type: METHOD, name: $f }, to: { type: DATASET, name: $t }, maxHops: 1) { length } }',
      pair!,
    );
    expect(short.path).toBeNull();
    const isolated = await query('{ path(from: { type: METHOD, name: "GLN-X" }, to: { type: DATASET, name: "CIFAR-10" }) { length } }');
    expect(isolated.path).toBeNull();
    const same = await query(
      '{ path(from: { type: METHOD, name: "GLN-X" }, to: { type: METHOD, name: "gated lattice network" }) { length steps { paper { id } } } }',
    );
    expect(same.path).toEqual({ length: 0, steps: [] });
  });
});

describe('examples in schema/examples', () => {
  const dir = path.resolve('schema/examples');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
    it(`${file} runs without errors`, async () => {
      const { status, body } = await gql(server.url, readFileSync(path.join(dir, file), 'utf8'));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {}).some((value) => value !== null)).toBe(true);
    });
  }
});
