import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extract/index.js';
import type { ExtractedPaper } from '../../src/extract/types.js';
import { API_TYPE, ENTITY_TYPES } from '../../src/graph/vocabulary.js';
import { cypherRows } from '../support/graph.js';
import { gql } from '../support/http.js';
import { startCorpusServer, type TestServer } from '../support/server.js';

let server: TestServer;

const query = async (text: string, variables: Record<string, unknown> = {}) => {
  const { body } = await gql(server.url, text, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
};
/** The first error's code and message, for a request that must fail. */
const failure = async (text: string, variables: Record<string, unknown> = {}) => {
  const { body } = await gql(server.url, text, variables);
  expect(body.errors, JSON.stringify(body.data)).toBeDefined();
  return { code: body.errors![0]!.extensions?.code, message: body.errors![0]!.message };
};
const cypher = (text: string, params: Record<string, unknown> = {}) => cypherRows(server.db, text, params);
const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** A paper that links one entity of every type, so each type has a node to round-trip. */
const everyType: ExtractedPaper = {
  id: 'test:relay-every-type',
  abstract:
    'We propose RelayNet for relay classification, evaluate on the RelaySet benchmark and report relay accuracy; work at Relay University.',
  title: 'Relays everywhere',
  published: '2020-02-29',
  language: 'en',
  authors: [],
  categories: [],
  affiliations: [],
  urls: ['https://github.com/example/relaynet', 'www.example.org/relayset'],
  source: { file: 'fixtures/relay.txt', line: 1 },
  sources: [{ file: 'fixtures/relay.txt', line: 1 }],
  extractor: EXTRACTOR_VERSION,
  results: [],
  entities: [
    ['Method', 'RelayNet', 'relaynet', 'PROPOSES'],
    ['Dataset', 'RelaySet', 'relayset', 'EVALUATES_ON'],
    ['Institution', 'Relay University', 'relayuniversity', 'AFFILIATED_WITH'],
    ['Task', 'relay classification', 'relayclassification', 'ADDRESSES'],
    ['Metric', 'relay accuracy', 'relayaccuracy', 'MEASURED_BY'],
  ].map(([type, name, key, role]) => ({
    type: type as ExtractedPaper['entities'][number]['type'],
    name: name!,
    key: key!,
    aliases: [],
    role: role as ExtractedPaper['entities'][number]['role'],
    evidence: `The sentence naming ${name}.`,
    confidence: 0.9,
  })),
};

beforeAll(async () => {
  server = await startCorpusServer({ count: 300, seed: 'relay', format: 'jsonl', papers: [everyType] });
});
afterAll(() => server.close());

describe('node(id:)', () => {
  it('round-trips a paper: node, and paper() with the global or the readable id', async () => {
    const { paper } = await query('{ paper(id: "test:relay-every-type") { id paperId published urls } }');
    expect(paper.paperId).toBe('test:relay-every-type');
    expect(paper.id).not.toContain('test:relay');
    expect(paper.published).toBe('2020-02-29');
    expect(paper.urls).toEqual(['https://github.com/example/relaynet', 'https://www.example.org/relayset']);
    const again = await query(
      'query($id: ID!) { node(id: $id) { __typename id ... on Paper { paperId title } } byGlobal: paper(id: $id) { paperId } }',
      {
        id: paper.id,
      },
    );
    expect(again.node).toEqual({ __typename: 'Paper', id: paper.id, paperId: 'test:relay-every-type', title: 'Relays everywhere' });
    expect(again.byGlobal).toEqual({ paperId: 'test:relay-every-type' });
  });

  it('round-trips an entity of every type, each with its readable uid', async () => {
    const seen: string[] = [];
    for (const type of ENTITY_TYPES) {
      const rows = await cypher(`MATCH (e:${type}) RETURN e.uid AS uid, e.name AS name ORDER BY e.paperCount DESC, e.uid LIMIT 2`);
      for (const row of rows) {
        const found = await query('query($t: EntityType!, $n: String!) { entity(type: $t, name: $n) { id uid } }', {
          t: API_TYPE[type],
          n: row.name,
        });
        expect(found.entity.uid).toBe(row.uid);
        const { node } = await query('query($id: ID!) { node(id: $id) { __typename id ... on Entity { uid name type } } }', {
          id: found.entity.id,
        });
        expect(node).toEqual({ __typename: type, id: found.entity.id, uid: row.uid, name: row.name, type: API_TYPE[type] });
        seen.push(type);
      }
    }
    expect(new Set(seen)).toEqual(new Set(ENTITY_TYPES));
  });

  it('is null for ids that name nothing or are not global ids, without an error', async () => {
    const data = await query(`{
      garbage: node(id: "garbage!") { id }
      readable: node(id: "Dataset:relayset") { id }
      unknownType: node(id: "${b64('User:1')}") { id }
      missing: node(id: "${b64('Method:nosuchmethod')}") { id }
      wrongType: node(id: "${b64('Method:relayset')}") { id }
      paperAsEntity: paper(id: "${b64('Dataset:relayset')}") { id }
    }`);
    expect(data).toEqual({ garbage: null, readable: null, unknownType: null, missing: null, wrongType: null, paperAsEntity: null });
  });
});

describe('nodes(ids:)', () => {
  it('answers one result per id, in order, with nulls, in one round trip for mixed types', async () => {
    const ids = await query(`{ paper(id: "test:relay-every-type") { id entities { entity { id uid } } } }`);
    const entityIds: string[] = ids.paper.entities.map((link: { entity: { id: string } }) => link.entity.id);
    expect(entityIds).toHaveLength(5);
    const asked = [entityIds[4], 'garbage', ids.paper.id, b64('Task:nothing'), ...entityIds.slice(0, 4), entityIds[4]];
    const before = server.db.roundTrips;
    const data = await query('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: asked });
    expect(server.db.roundTrips - before).toBe(1);
    expect(data.nodes.map((node: { id: string } | null) => node?.id ?? null)).toEqual(
      asked.map((id, i) => ([1, 3].includes(i) ? null : id)),
    );
    expect(data.nodes[2].__typename).toBe('Paper');
    expect(new Set(data.nodes.filter(Boolean).map((node: { __typename: string }) => node.__typename))).toEqual(
      new Set(['Paper', ...ENTITY_TYPES]),
    );
  });

  it('takes at most 100 ids', async () => {
    expect((await query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(100).fill('x') })).nodes).toHaveLength(100);
    const { code, message } = await failure('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill('x') });
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/at most 100/);
  });
});

type Edge = { cursor: string; node: { id: string } };
interface Page {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * Every item of a connection twice: forward with `first`, then backward with `last` from the end,
 * and the PageInfo of every page. `field` is a query with `$first/$after/$last/$before` whose
 * result `pick` finds the connection in.
 */
async function walk(field: string, pick: (data: any) => Page, size: number, variables: Record<string, unknown> = {}) {
  const forward: Page[] = [];
  for (let after: string | null = null; ;) {
    const page = pick(await query(field, { ...variables, first: size, after }));
    forward.push(page);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const backward: Page[] = [];
  for (let before: string | null = null; ;) {
    const page = pick(await query(field, { ...variables, last: size, before }));
    backward.push(page);
    if (!page.pageInfo.hasPreviousPage) break;
    before = page.pageInfo.startCursor;
  }
  const ids = (pages: Page[]) => pages.flatMap((page) => page.edges.map((edge) => edge.node.id));
  return { forward, backward, forwardIds: ids(forward), backwardIds: ids([...backward].reverse()) };
}

const PAGE = '{ pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }';
const ARGS = '$first: Int, $after: String, $last: Int, $before: String';
const PAGED = 'first: $first, after: $after, last: $last, before: $before';

describe('paging both ways', () => {
  const check = (result: Awaited<ReturnType<typeof walk>>, total: number, size: number) => {
    expect(result.forwardIds).toHaveLength(total);
    expect(new Set(result.forwardIds).size).toBe(total);
    expect(result.backwardIds).toEqual(result.forwardIds);
    const { forward, backward } = result;
    expect(forward.length).toBeGreaterThan(2);
    // Forward: the first page has nothing before it, the last nothing after it.
    expect(forward[0]!.pageInfo.hasPreviousPage).toBe(false);
    expect(forward.at(-1)!.pageInfo.hasNextPage).toBe(false);
    expect(forward.slice(0, -1).every((page) => page.pageInfo.hasNextPage && page.edges.length === size)).toBe(true);
    expect(forward.slice(1).every((page) => page.pageInfo.hasPreviousPage)).toBe(true);
    // Backward from the end: the first page read is the list's end, the last read its start.
    expect(backward[0]!.pageInfo.hasNextPage).toBe(false);
    expect(backward[0]!.edges).toHaveLength(Math.min(size, total));
    expect(backward.at(-1)!.pageInfo.hasPreviousPage).toBe(false);
    expect(backward.slice(1).every((page) => page.pageInfo.hasNextPage)).toBe(true);
    for (const page of [...forward, ...backward]) {
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    }
  };

  it('all papers matching a filter', async () => {
    const [row] = await cypher(`MATCH (p:Paper) WHERE p.published >= '2019' RETURN count(p) AS n`);
    const result = await walk(`query($f: PaperFilter, ${ARGS}) { papers(filter: $f, ${PAGED}) ${PAGE} }`, (data) => data.papers, 7, {
      f: { from: '2019' },
    });
    check(result, row!.n, 7);
  });

  it("an entity's papers", async () => {
    const [top] = await cypher(`MATCH (d:Dataset) RETURN d.name AS name, d.uid AS uid ORDER BY d.paperCount DESC LIMIT 1`);
    const [row] = await cypher(`MATCH (:Dataset {uid: $uid})<--(p:Paper) RETURN count(DISTINCT p) AS n`, { uid: top!.uid });
    const result = await walk(
      `query($n: String!, ${ARGS}) { dataset(name: $n) { papers(${PAGED}) ${PAGE} } }`,
      (data) => data.dataset.papers,
      4,
      {
        n: top!.name,
      },
    );
    check(result, row!.n, 4);
  });

  it('a ranked co-occurrence list, with exact PageInfo both ways', async () => {
    const [top] = await cypher(`MATCH (d:Dataset) RETURN d.name AS name, d.uid AS uid ORDER BY d.paperCount DESC LIMIT 1`);
    const all = await query('query($n: String!) { dataset(name: $n) { methods(first: 100) { totalCount } } }', { n: top!.name });
    const result = await walk(
      `query($n: String!, ${ARGS}) { dataset(name: $n) { methods(${PAGED}) ${PAGE} } }`,
      (data) => data.dataset.methods,
      3,
      {
        n: top!.name,
      },
    );
    check(result, all.dataset.methods.totalCount, 3);
    // Positions are known, so a backward page knows what follows it and a forward page what precedes it.
    expect(result.backward.slice(0, -1).every((page) => page.pageInfo.hasPreviousPage)).toBe(true);
  });

  it('pages between two cursors, from either end', async () => {
    const [top] = await cypher(`MATCH (d:Dataset) RETURN d.name AS name ORDER BY d.paperCount DESC LIMIT 1`);
    const list = `query($n: String!, ${ARGS}) { dataset(name: $n) { methods(${PAGED}) ${PAGE} } }`;
    const all = (await query(list, { n: top!.name, first: 12 })).dataset.methods.edges as Edge[];
    const ids = all.map((edge) => edge.node.id);
    expect(ids).toHaveLength(12);
    const between = { n: top!.name, after: all[2]!.cursor, before: all[9]!.cursor };
    const head = (await query(list, { ...between, first: 4 })).dataset.methods;
    const tail = (await query(list, { ...between, last: 4 })).dataset.methods;
    const wide = (await query(list, { ...between, first: 50 })).dataset.methods;
    expect(head.edges.map((e: Edge) => e.node.id)).toEqual(ids.slice(3, 7));
    expect(tail.edges.map((e: Edge) => e.node.id)).toEqual(ids.slice(5, 9));
    expect(wide.edges.map((e: Edge) => e.node.id)).toEqual(ids.slice(3, 9));
    const papers = `query(${ARGS}) { papers(${PAGED}) ${PAGE} }`;
    const newest = (await query(papers, { first: 10 })).papers.edges as Edge[];
    const window = { after: newest[1]!.cursor, before: newest[6]!.cursor };
    expect((await query(papers, { ...window, last: 2 })).papers.edges.map((e: Edge) => e.node.id)).toEqual(
      newest.slice(4, 6).map((e) => e.node.id),
    );
    expect((await query(papers, { ...window, first: 9 })).papers.edges.map((e: Edge) => e.node.id)).toEqual(
      newest.slice(2, 6).map((e) => e.node.id),
    );
  });
});

describe('bad arguments', () => {
  it.each([
    ['first and last together', '{ papers(first: 2, last: 2) { totalCount } }', /first and last/],
    ['last out of range', '{ papers(last: 0) { totalCount } }', /last must be between 1 and 100/],
    [
      'last too large on a ranked list',
      '{ method(name: "RelayNet") { datasets(last: 101) { totalCount } } }',
      /last must be between 1 and 100/,
    ],
    ['a before cursor that is garbage', '{ papers(last: 2, before: "garbage") { totalCount } }', /before is not/],
    [
      'a paper cursor on a ranked list',
      `{ method(name: "RelayNet") { datasets(after: "${b64('{"s":"2020","i":"x"}')}") { totalCount } } }`,
      /after is not a list cursor/,
    ],
    ['a list cursor on a paper list', `{ papers(before: "${b64('{"o":3}')}", last: 1) { totalCount } }`, /before is not a paper cursor/],
    [
      'a forged huge offset',
      `{ method(name: "RelayNet") { datasets(before: "${b64('{"o":1e12}')}") { totalCount } } }`,
      /before is not a list cursor/,
    ],
    ['a month that does not exist', '{ papers(filter: { from: "2024-13" }) { totalCount } }', /dates must look like/],
    ['a day that does not exist', '{ papers(filter: { to: "2023-02-29" }) { totalCount } }', /dates must look like/],
    ['a date that is a number', '{ papers(filter: { to: 2023 }) { totalCount } }', /dates must look like/],
  ])('rejects %s as bad input', async (_, text, message) => {
    const result = await failure(text);
    expect(result.code).toBe('BAD_USER_INPUT');
    expect(result.message).toMatch(message);
  });

  it('rejects a bad date in a variable and takes years, months and days', async () => {
    const variable = await failure('query($f: PaperFilter) { papers(filter: $f) { totalCount } }', { f: { from: '2024-1-5' } });
    expect(variable.code).toBe('BAD_USER_INPUT');
    expect(variable.message).toMatch(/dates must look like/);
    const data = await query(`{
      leap: papers(filter: { from: "2020-02-29", to: "2020-02-29" }) { edges { node { paperId } } }
      month: papers(filter: { from: "2020-02", to: "2020-02" }) { totalCount }
      year: papers(filter: { from: "2020", to: "2020" }) { totalCount }
    }`);
    expect(data.leap.edges.map((e: { node: { paperId: string } }) => e.node.paperId)).toContain('test:relay-every-type');
    const [row] = await cypher(`MATCH (p:Paper) WHERE p.published STARTS WITH '2020' RETURN count(p) AS n`);
    expect(data.year.totalCount).toBe(row!.n);
    expect(data.month.totalCount).toBeGreaterThanOrEqual(1);
    expect(data.month.totalCount).toBeLessThanOrEqual(data.year.totalCount);
  });
});
