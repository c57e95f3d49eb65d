import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/generate/index.js';
import { ingestFiles } from '../../src/load/pipeline.js';
import { gql } from '../support/http.js';
import { wipe } from '../support/graph.js';
import { startTestServer, type TestServer } from '../support/server.js';

const API_KEY = 'test-key-0123456789abcdef';
let server: TestServer;
let production: TestServer;
let keyless: TestServer;
let dir = '';

beforeAll(async () => {
  server = await startTestServer({ apiKey: API_KEY, corsOrigins: ['https://app.example.org'] });
  production = await startTestServer({ production: true });
  keyless = await startTestServer();
  await server.db.migrate();
  await wipe(server.db);
  dir = mkdtempSync(path.join(tmpdir(), 'papergraph-limits-'));
  await writeCorpus({ count: 300, seed: 'limits', format: 'jsonl', out: path.join(dir, 'corpus.jsonl') });
  await ingestFiles(server.db, [dir], { workers: 1 });
});
afterAll(async () => {
  await Promise.all([server.close(), production.close(), keyless.close()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `request` and returns how many database round trips it caused. */
async function roundTrips<T>(target: TestServer, request: () => Promise<T>): Promise<{ result: T; trips: number }> {
  const before = target.db.roundTrips;
  const result = await request();
  return { result, trips: target.db.roundTrips - before };
}

describe('no N+1', () => {
  it('20 papers with their entities, institutions and co-occurrences take a handful of round trips', async () => {
    const { result, trips } = await roundTrips(server, () =>
      gql(
        server.url,
        `{
        papers(first: 20) {
          edges { node {
            id
            entities { role evidence entity { __typename name paperCount } }
            institutions: entities(type: INSTITUTION) { entity { name } }
            results { metric { name } method { name } dataset { name } }
          } }
        }
      }`,
      ),
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.papers.edges).toHaveLength(20);
    expect(trips).toBeLessThanOrEqual(4);
  });

  it('a deeper query grows with its depth, not with its page sizes', async () => {
    const deep = (first: number) => `{
      search(text: "net", types: [METHOD], first: ${first}) { entity { ... on Method {
        name
        datasets(first: ${first}) { edges { paperCount node { name trend { year papers } methods(first: 3) { edges { node { name } } } } } }
        proposedIn { id }
      } } }
    }`;
    const small = await roundTrips(server, () => gql(server.url, deep(2)));
    const large = await roundTrips(server, () => gql(server.url, deep(8)));
    expect(small.result.body.errors).toBeUndefined();
    expect(large.result.body.errors).toBeUndefined();
    expect(large.result.body.data.search.length).toBeGreaterThan(2);
    expect(large.trips).toBe(small.trips);
    expect(large.trips).toBeLessThanOrEqual(6);
  });
});

describe('look-ahead for nested ranked lists', () => {
  const top = `relatedMethods(first: 6) { totalCount edges { paperCount node { name } } }`;
  const nested = `
    fragment Datasets on Method { datasets(first: 2) { totalCount edges { paperCount node { name } } } }
    { method(name: "ResNet-50") { relatedMethods(first: 6) { totalCount edges { paperCount node {
      name
      ...Datasets
      ... on Entity { ... on Method { inst: institutions(first: 1) { totalCount edges { node { name } } } } }
    } } } } }`;

  it('fetches the nested lists with their parent list: no round trip for the second level', async () => {
    await gql(server.url, `{ method(name: "ResNet-50") { name } }`); // the name lookup, cached for a few seconds
    const plain = await roundTrips(server, () => gql(server.url, `{ method(name: "ResNet-50") { ${top} } }`));
    const deep = await roundTrips(server, () => gql(server.url, nested));
    expect(plain.result.body.errors).toBeUndefined();
    expect(deep.result.body.errors).toBeUndefined();
    const edges = deep.result.body.data.method.relatedMethods.edges;
    expect(edges.length).toBeGreaterThan(2);
    expect(deep.result.body.data.method.relatedMethods).toMatchObject(plain.result.body.data.method.relatedMethods);
    expect(deep.trips).toBe(plain.trips);
  });

  it('gives each nested list exactly what asking for it alone gives', async () => {
    const deep = (await gql(server.url, nested)).body;
    expect(deep.errors).toBeUndefined();
    let checked = 0;
    for (const edge of deep.data.method.relatedMethods.edges) {
      const alone = (
        await gql(server.url, `query ($n: String!) { method(name: $n) {
          datasets(first: 2) { totalCount edges { paperCount node { name } } }
          inst: institutions(first: 1) { totalCount edges { node { name } } } } }`, { n: edge.node.name })
      ).body;
      expect(alone.errors).toBeUndefined();
      expect(edge.node.datasets).toEqual(alone.data.method.datasets);
      expect(edge.node.inst).toEqual(alone.data.method.inst);
      checked += edge.node.datasets.edges.length;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('honours @skip and @include when looking ahead, and gives the same answers', async () => {
    const query = `query ($skip: Boolean!) { method(name: "ResNet-50") { relatedMethods(first: 3) { edges { node {
      name
      a: datasets(first: 2) @skip(if: $skip) { totalCount edges { node { name } } }
      b: institutions(first: 2) @include(if: $skip) { totalCount }
    } } } } }`;
    const skipped = await gql(server.url, query, { skip: true });
    const kept = await gql(server.url, query, { skip: false });
    expect(skipped.body.errors).toBeUndefined();
    expect(kept.body.errors).toBeUndefined();
    const first = (r: typeof kept) => r.body.data.method.relatedMethods.edges[0].node;
    expect(first(skipped)).not.toHaveProperty('a');
    expect(first(skipped).b.totalCount).toBeGreaterThanOrEqual(0);
    expect(first(kept)).not.toHaveProperty('b');
    expect(first(kept).a.edges.length).toBeGreaterThan(0);
  });

  it('refuses a forged cursor far past any list as bad input, not as a database error', async () => {
    const forged = Buffer.from(JSON.stringify({ o: 1e300 })).toString('base64url');
    for (const query of [
      `{ method(name: "ResNet-50") { datasets(first: 2, after: "${forged}") { totalCount } } }`,
      `{ method(name: "ResNet-50") { relatedMethods(first: 2) { totalCount edges { node { datasets(first: 2, after: "${forged}") { totalCount } } } } } }`,
    ]) {
      const res = await gql(server.url, query);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/after is not a list cursor/);
    }
  });

  it('leaves a nested list with bad arguments to its own resolver, which reports it', async () => {
    const res = await gql(server.url, `{ method(name: "ResNet-50") { relatedMethods(first: 2) { edges { node { name datasets(first: 0) { totalCount } } } } } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/first must be between 1 and 100/);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('limits of a public API, each stopped before the database', () => {
  const nest = (levels: number) => {
    let inner = 'name';
    for (let i = 0; i < levels; i++)
      inner = i % 2 === 0 ? `methods(first: 1) { edges { node { ${inner} } } }` : `datasets(first: 1) { edges { node { ${inner} } } }`;
    return `{ method(name: "ResNet-50") { ${inner} } }`;
  };
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { papers }`).join(' ')} }`;
  const tokens = (n: number) => `{ stats { ${Array.from({ length: n }, () => 'papers').join(' ')} } }`;
  const costly = (n: number) => `{ method(name: "ResNet-50") { datasets(first: ${n}) { edges { node { methods(first: ${n}) { edges { node { name aliases paperCount } } } } } } } }`;
  // Each limit: a query just under it that runs, and one over it that is refused without a round trip.
  const limits: Array<[string, string, string, RegExp]> = [
    ['depth', nest(2), nest(4), /depth limit exceeded/i],
    ['aliases', aliases(15), aliases(16), /aliases limit exceeded/i],
    ['tokens', tokens(90), tokens(2500), /token limit exceeded/i],
    ['cost', costly(5), costly(100), /cost limit exceeded/i],
    ['page size', '{ papers(first: 100) { totalCount } }', '{ papers(first: 101) { totalCount } }', /first must be between 1 and 100/],
    [
      'page size (search)',
      '{ search(text: "a", first: 1) { score } }',
      '{ search(text: "a", first: 0) { score } }',
      /first must be between 1 and 100/,
    ],
    [
      'path length',
      '{ path(from: {type: METHOD, name: "a"}, to: {type: METHOD, name: "b"}, maxHops: 4) { length } }',
      '{ path(from: {type: METHOD, name: "a"}, to: {type: METHOD, name: "b"}, maxHops: 5) { length } }',
      /maxHops must be between 1 and 4/,
    ],
  ];
  for (const [name, under, over, message] of limits) {
    it(`runs a query just under the ${name} limit and refuses one over it before the database`, async () => {
      const ok = await roundTrips(server, () => gql(server.url, under));
      expect(ok.result.body.errors, JSON.stringify(ok.result.body.errors)).toBeUndefined();
      const refused = await roundTrips(server, () => gql(server.url, over));
      expect(refused.result.body.errors?.[0]?.message).toMatch(message);
      expect(Object.values(refused.result.body.data ?? {}).every((value) => value === null)).toBe(true);
      expect(refused.trips).toBe(0);
    });
  }

  it('does not expose the limits it enforces', async () => {
    for (const query of [
      `{ ${'a: stats { papers } '.repeat(0)}${Array.from({ length: 30 }, (_, i) => `x${i}: stats { papers }`).join(' ')} }`,
    ]) {
      const { body } = await gql(server.url, query);
      expect(body.errors?.[0]?.message).toMatch(/limit exceeded/);
      expect(body.errors?.[0]?.message).not.toMatch(/\d/);
    }
  });

  it('rejects a request body over 100 kB (without the API key)', async () => {
    const { trips, result } = await roundTrips(server, () =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ stats { papers } }`, pad: 'x'.repeat(110_000) }),
      }),
    );
    expect(result.status).toBe(413);
    expect(trips).toBe(0);
  });

  it('refuses batched HTTP requests', async () => {
    const { trips, result } = await roundTrips(server, () =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ query: '{ stats { papers } }' }, { query: '{ stats { methods } }' }]),
      }),
    );
    expect(result.status).toBe(400);
    expect(await result.text()).toMatch(/batch/i);
    expect(trips).toBe(0);
  });

  it('prevents CSRF: a simple cross-site POST is refused before the database', async () => {
    // GET runs queries only (read-only, see api-http.test.ts); what a form or a no-cors fetch can POST is refused.
    const { trips, result } = await roundTrips(server, () =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { papers } }"}' }),
    );
    expect(result.status).toBe(415);
    expect(trips).toBe(0);
  });

  it('allows configured CORS origins only', async () => {
    const allowed = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    const other = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('hides schema hints and introspection in production, not in development', async () => {
    const typo = '{ stats { paper } }';
    expect((await gql(server.url, typo)).body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect((await gql(production.url, typo)).body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const introspection = '{ __schema { queryType { name } } }';
    expect((await gql(server.url, introspection)).body.data.__schema.queryType.name).toBe('Query');
    const hidden = await gql(production.url, introspection);
    expect(hidden.body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('masks internal errors', async () => {
    const { formatError } = await import('../../src/graphql/errors.js');
    const { GraphQLError } = await import('graphql');
    const masked = formatError(
      { message: 'secret stack detail', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError('x', { path: ['stats'], originalError: new TypeError('secret stack detail') }),
    );
    expect(masked).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(masked)).not.toMatch(/secret/);
  });
});

describe('front-end readiness', () => {
  it('serves the SDL at /schema.graphql', async () => {
    const response = await fetch(server.url.replace('/graphql', '/schema.graphql'));
    expect(response.status).toBe(200);
    const sdl = await response.text();
    expect(sdl).toMatch(/type Query/);
    expect(sdl).toMatch(/interface Entity/);
  });

  it('supports automatic persisted queries', async () => {
    const query = '{ stats { papers } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const post = (body: object) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
        (r) => r.json() as Promise<any>,
      );
    const miss = await post({ extensions });
    expect(miss.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await post({ query, extensions });
    expect(register.data.stats.papers).toBeGreaterThan(0);
    const hit = await post({ extensions });
    expect(hit.data).toEqual(register.data);
  });

  it('serves the Sandbox landing page in development', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/Apollo|sandbox/i);
  });
});

describe('Mutation.ingest', () => {
  const mutation = `mutation($input: IngestInput!) { ingest(input: $input) {
    received written unchanged links results { index status paperId } userErrors { path code message } } }`;
  const keyed = { authorization: `Bearer ${API_KEY}` };
  const quokka = {
    id: 'arXiv:2301.00001v2',
    title: 'Quokka',
    abstract: 'We propose QuokkaNet, a lightweight detector. QuokkaNet outperforms ResNet-50 on the COCO dataset and reaches 41.2% AP on COCO.',
    published: '2023-01-02',
  };
  const abstracts = [quokka, { abstract: '   ' }];

  it('is disabled when the server has no API key', async () => {
    const { trips, result } = await roundTrips(keyless, () => gql(keyless.url, mutation, { input: { abstracts } }, keyed));
    expect(result.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(trips).toBe(0);
  });

  it('needs the key', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-key-0123456789' }, { authorization: API_KEY }] as Array<Record<string, string>>) {
      const { trips, result } = await roundTrips(server, () => gql(server.url, mutation, { input: { abstracts } }, headers));
      expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(trips).toBe(0);
    }
  });

  it('runs the pipeline with the key; results line up with the input, problems are userErrors', async () => {
    const input = {
      abstracts: [
        { abstract: '   ' },
        quokka,
        { abstract: 'x'.repeat(20_001) },
        { id: '2301.00002', abstract: 'We propose NumbatNet and evaluate it on the COCO dataset.' },
      ],
    };
    const { body } = await gql(server.url, mutation, { input }, keyed);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingest).toMatchObject({
      received: 4,
      written: 2,
      unchanged: 0,
      results: [
        { index: 0, status: 'REJECTED', paperId: null },
        { index: 1, status: 'WRITTEN', paperId: '2301.00001' },
        { index: 2, status: 'REJECTED', paperId: null },
        { index: 3, status: 'WRITTEN', paperId: '2301.00002' },
      ],
      userErrors: [
        { path: ['input', 'abstracts', '0', 'abstract'], code: 'EMPTY', message: 'The abstract has no readable text.' },
        { path: ['input', 'abstracts', '2', 'abstract'], code: 'TOO_LONG', message: 'The abstract is longer than 20000 characters.' },
      ],
    });
    expect(body.data.ingest.links).toBeGreaterThanOrEqual(3);
    const paper = await gql(server.url, '{ paper(id: "2301.00001") { title entities { role entity { name } } } }');
    expect(paper.body.data.paper.title).toBe('Quokka');
    expect(paper.body.data.paper.entities).toEqual(expect.arrayContaining([{ role: 'PROPOSES', entity: { name: 'QuokkaNet' } }]));
    const again = await gql(server.url, mutation, { input: { abstracts: [quokka] } }, keyed);
    expect(again.body.data.ingest).toMatchObject({ written: 0, unchanged: 1, results: [{ index: 0, status: 'UNCHANGED', paperId: '2301.00001' }] });
  });

  it('refuses more than 50 abstracts before touching the database', async () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ abstract: `Abstract number ${i} about nothing.` }));
    const { trips, result } = await roundTrips(server, () => gql(server.url, mutation, { input: { abstracts: many } }, keyed));
    expect(result.body.errors?.[0]?.message).toMatch(/1 to 50 abstracts/);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(trips).toBe(0);
  });

  it('the largest call the limits allow fits the body limit, and queries stay fast while it runs', { timeout: 300_000 }, async () => {
    // 50 abstracts of 20,000 characters: about 1 MB of JSON, over the anonymous 100 kB, under the keyed 4 MB.
    const sentence = 'We evaluate LargeNet on the COCO dataset and compare it with ResNet-50 under the same schedule. ';
    const big = Array.from({ length: 50 }, (_, i) => ({
      id: `big-${i}`,
      abstract: `We propose BigNet${i}. ${sentence.repeat(300)}`.slice(0, 20_000),
    }));
    expect(JSON.stringify({ query: mutation, variables: { input: { abstracts: big } } }).length).toBeGreaterThan(1_000_000);
    const latencies: number[] = [];
    let running = true;
    const ingest = gql(server.url, mutation, { input: { abstracts: big } }, keyed).finally(() => (running = false));
    const probe = (async () => {
      while (running) {
        const started = performance.now();
        const { body } = await gql(server.url, '{ __typename }');
        expect(body.data.__typename).toBe('Query');
        latencies.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const { status, body } = await ingest;
    await probe;
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingest.results.map((r: { status: string }) => r.status)).toEqual(Array(50).fill('WRITTEN'));
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    console.log(`[api-limits] ${latencies.length} queries during a 50 × 20,000-character ingest: p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms, max ${p(1).toFixed(0)} ms`);
    expect(latencies.length).toBeGreaterThan(5);
    // Extraction on the event loop would hold every query for the whole extraction (seconds).
    expect(p(0.5)).toBeLessThan(250);
    expect(p(0.95)).toBeLessThan(1_000);
  });

  it('refuses a keyed body over 4 MB with 413', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...keyed },
      body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(4_300_000) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
