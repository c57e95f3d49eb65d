import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/http.js';
import { wipe } from '../support/graph.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let limited: TestServer;

beforeAll(async () => {
  server = await startTestServer({ corsOrigins: ['https://app.example.org'] });
  limited = await startTestServer({ rateLimit: 5 });
  await server.db.migrate();
  await wipe(server.db);
});
afterAll(async () => {
  await Promise.all([server.close(), limited.close()]);
});

/**
 * The audits papergraph fails on purpose, with the reason README gives ("GraphQL over HTTP").
 * Anything else that is not `ok` fails this test.
 */
const DELIBERATE: Record<string, string> = {};

describe('GraphQL over HTTP (graphql-http audits)', () => {
  it('passes every MUST and SHOULD audit except the deliberate ones', async () => {
    const failed: string[] = [];
    for (const audit of serverAudits({ url: () => server.url })) {
      if (audit.name.startsWith('MAY')) continue;
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(failed.map((f) => f.slice(0, 4)).sort()).toEqual(Object.keys(DELIBERATE).sort());
    if (failed.length) console.log(failed.join('\n'));
  });
});

/** A raw request; returns status, headers and the parsed body (or the text when it is not JSON). */
async function raw(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, body, text };
}

/** No HTML, no stack trace, no server path: a GraphQL error body with a code. */
function expectGraphQLError(res: Awaited<ReturnType<typeof raw>>, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.type).toMatch(/json/);
  expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.text).not.toMatch(/<html|<pre|\bat \w+ \(|\/work\/|node_modules|\.ts:\d|\.js:\d/i);
}

describe('bad requests answer GraphQL JSON, never HTML', () => {
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    raw(server.url, { method: 'POST', headers, body });

  it('malformed JSON: 400 BAD_REQUEST', async () => {
    expectGraphQLError(await post('{"query": "{ stats { papers } }"'), 400, 'BAD_REQUEST');
    expectGraphQLError(await post('not json at all'), 400, 'BAD_REQUEST');
  });

  it('a 2 MB body without the API key: 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ query: '{ stats { papers } }', pad: 'x'.repeat(2_000_000) }));
    expectGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('wrong or missing content types: 4xx with a GraphQL body', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await post('{"query":"{ stats { papers } }"}', { 'content-type': type });
      expectGraphQLError(res, 415, 'BAD_REQUEST');
    }
    // A byte body: fetch adds no content type (a string body would be sent as text/plain).
    const untyped = await raw(server.url, { method: 'POST', body: new TextEncoder().encode('{"query":"{ stats { papers } }"}') });
    expectGraphQLError(untyped, 400, 'BAD_REQUEST');
  });

  it('an unsupported charset: 415', async () => {
    expectGraphQLError(await post('{"query":"{ stats { papers } }"}', { 'content-type': 'application/json; charset=latin-9' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a syntax error: 400 GRAPHQL_PARSE_FAILED for graphql-response+json, 200 for application/json', async () => {
    const modern = await raw(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ stats { papers }' }),
    });
    expectGraphQLError(modern, 400, 'GRAPHQL_PARSE_FAILED');
    expect(modern.body).not.toHaveProperty('data');
    const legacy = await raw(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ stats { papers }' }),
    });
    expectGraphQLError(legacy, 200, 'GRAPHQL_PARSE_FAILED');
  });

  it('a document over the token limit: GRAPHQL_PARSE_FAILED (400), message without the number', async () => {
    const query = `{ stats { ${'papers '.repeat(2100)} } }`;
    const res = await raw(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    expectGraphQLError(res, 400, 'GRAPHQL_PARSE_FAILED');
    expect(res.body.errors[0].message).toBe('Token limit exceeded.');
  });

  it('an unknown route or method under /graphql: GraphQL JSON', async () => {
    const put = await raw(server.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(put.status).toBeGreaterThanOrEqual(400);
    expect(put.text).not.toMatch(/<html|<pre/i);
  });
});

describe('limits count __typename', () => {
  it('refuses 101 __typename aliases (graphql-cop alias overloading)', async () => {
    const query = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const { body } = await gql(server.url, query);
    expect(body.errors?.[0]?.message).toBe('Aliases limit exceeded.');
    expect(body.data).toBeUndefined();
  });

  it('refuses 500 duplicated __typename fields (graphql-cop field duplication), allows a few', async () => {
    const { body } = await gql(server.url, `{ ${'__typename '.repeat(500)} }`);
    expect(body.errors?.[0]?.message).toBe('Field limit exceeded.');
    const few = await gql(server.url, `{ ${'__typename '.repeat(20)} }`);
    expect(few.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('over-long search words are bad input, stopped before Neo4j', () => {
  const long = 'x'.repeat(1200);
  const cases: Array<[string, string]> = [
    ['search(text:)', `{ search(text: "${long}") { score } }`],
    ['papers(filter: {text})', `{ papers(filter: {text: "${long}"}) { totalCount } }`],
    ['a long word in a short text', `{ search(text: "net ${'y'.repeat(65)}") { score } }`],
  ];
  for (const [name, query] of cases) {
    it(name, async () => {
      const before = server.db.roundTrips;
      const { body } = await gql(server.url, query);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/at most \d+ characters/);
      expect(server.db.roundTrips - before).toBe(0);
    });
  }
  it('a word of 64 characters still runs', async () => {
    const { body } = await gql(server.url, `{ search(text: "${'z'.repeat(64)}") { score } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.search).toEqual([]);
  });
});

describe('CSRF prevention: queries over GET, mutations only over preflighted POST', () => {
  const q = encodeURIComponent('{ stats { papers } }');
  it('runs a GET query without any special header (as a cross-origin page could, unable to read it)', async () => {
    const res = await raw(`${server.url}?query=${q}`, { headers: { origin: 'https://evil.example.com' } });
    expect(res.status).toBe(200);
    expect(res.body.data.stats.papers).toBe(0);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never runs a mutation over GET', async () => {
    const m = encodeURIComponent('mutation { ingest(input: {abstracts: [{abstract: "We propose FooNet."}]}) { written } }');
    const res = await raw(`${server.url}?query=${m}`, {});
    expect(res.status).toBe(405);
    expect(res.body.errors?.[0]?.message).toMatch(/GET/);
  });

  it('refuses the POST bodies a form or a no-cors fetch can send', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await raw(server.url, {
        method: 'POST',
        headers: { 'content-type': type, origin: 'https://evil.example.com' },
        body: '{"query":"mutation { ingest(input: {abstracts: [{abstract: \\"x\\"}]}) { written } }"}',
      });
      expect(res.status).toBe(415);
    }
  });

  it('a preflight from an unknown origin gets no CORS grant; a configured one does', async () => {
    const preflight = (origin: string) =>
      fetch(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('https://app.example.org')).headers.get('access-control-allow-origin')).toBe('https://app.example.org');
  });
});

describe('rate limiting (PAPERGRAPH_RATE_LIMIT)', () => {
  it('answers 429 with Retry-After and a GraphQL body past the limit, per client', async () => {
    const ask = (headers: Record<string, string> = {}) =>
      raw(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"query":"{ __typename }"}' });
    for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(200);
    const over = await ask();
    expectGraphQLError(over, 429, 'RATE_LIMITED');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(over.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Another client (here: another API key) has its own budget.
    expect((await ask({ authorization: 'Bearer another-client-key-0123456789' })).status).toBe(200);
  });

  it('is off by default in development and on in production', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(loadConfig({}, {}).rateLimit).toBe(0);
    expect(loadConfig({}, { NODE_ENV: 'production' }).rateLimit).toBe(600);
    expect(loadConfig({}, { NODE_ENV: 'production', PAPERGRAPH_RATE_LIMIT: '0' }).rateLimit).toBe(0);
  });
});

describe('subscriptions over HTTP', () => {
  it('point the client to graphql-ws instead of failing inside', async () => {
    const { body } = await gql(server.url, 'subscription { paperLinked(entity: {type: DATASET, name: "COCO"}) { role } }');
    expect(JSON.stringify(body.errors)).toMatch(/graphql-ws|WebSocket|subscription/i);
    expect(body.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});
