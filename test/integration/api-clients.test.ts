import { ApolloClient, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { Client, cacheExchange, fetchExchange, gql as urqlGql } from '@urql/core';
import { GraphQLClient, gql as requestGql } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wipe } from '../support/graph.js';
import { startTestServer, type TestServer } from '../support/server.js';

const API_KEY = 'clients-key-0123456789abcdef';
let server: TestServer;
/** Every request the clients send, as the server saw it: method and content type. */
const seen: Array<{ method: string; type: string | null; query: string }> = [];
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  seen.push({ method: request.method, type: request.headers.get('content-type'), query: new URL(request.url).searchParams.get('query') ?? '' });
  return fetch(request);
};

const ABSTRACT = {
  id: '2401.00042',
  title: 'Clients',
  abstract: 'We propose WombatNet, a compact detector. WombatNet outperforms ResNet-50 on the COCO dataset.',
  published: '2024-01-05',
};
const INGEST = `mutation ($input: IngestInput!) { ingest(input: $input) { written results { index status paperId } userErrors { code } } }`;
const PAPER = `query Paper($id: ID!) { paper(id: $id) { paperId: id title entities { role entity { __typename name } } } }`;

beforeAll(async () => {
  server = await startTestServer({ apiKey: API_KEY });
  await server.db.migrate();
  await wipe(server.db);
});
afterAll(async () => {
  await server.close();
});

describe('real clients with their defaults, against the served URL', () => {
  it('Apollo Client (core): a mutation with the key, then a query, cache-clean', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: server.url, fetch: recordingFetch, headers: { authorization: `Bearer ${API_KEY}` } }),
      cache: new InMemoryCache(),
    });
    const ingested = await client.mutate({ mutation: apolloGql(INGEST), variables: { input: { abstracts: [ABSTRACT] } } });
    expect(ingested.error).toBeUndefined();
    expect((ingested.data as any).ingest).toMatchObject({ written: 1, results: [{ index: 0, status: 'WRITTEN', paperId: '2401.00042' }], userErrors: [] });
    const { data, error } = await client.query({ query: apolloGql(PAPER), variables: { id: '2401.00042' } });
    expect(error).toBeUndefined();
    expect((data as any).paper.title).toBe('Clients');
    expect((data as any).paper.entities).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'PROPOSES', entity: expect.objectContaining({ name: 'WombatNet' }) })]),
    );
  });

  it('urql (@urql/core, default exchanges): queries go as GET and work; mutations go as JSON POST', async () => {
    seen.length = 0;
    const client = new Client({ url: server.url, exchanges: [cacheExchange, fetchExchange], fetch: recordingFetch });
    const result = await client.query(urqlGql(PAPER), { id: '2401.00042' }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.paper.title).toBe('Clients');
    expect(seen[0]).toMatchObject({ method: 'GET' });
    const stats = await client.query(urqlGql`{ stats { papers methods } }`, {}).toPromise();
    expect(stats.error).toBeUndefined();
    expect(stats.data.stats.papers).toBe(1);
    // Without the key the mutation is refused by the API, not by CSRF prevention.
    const mutation = await client.mutation(urqlGql(INGEST), { input: { abstracts: [ABSTRACT] } }).toPromise();
    expect(mutation.error?.graphQLErrors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(seen.at(-1)).toMatchObject({ method: 'POST', type: expect.stringMatching(/application\/json/) });
  });

  it('graphql-request: a query and a keyed mutation', async () => {
    const client = new GraphQLClient(server.url, { fetch: recordingFetch, headers: { authorization: `Bearer ${API_KEY}` } });
    const data = await client.request<any>(requestGql`{ method(name: "wombatnet") { name paperCount } }`);
    expect(data.method).toEqual({ name: 'WombatNet', paperCount: 1 });
    const again = await client.request<any>(INGEST, { input: { abstracts: [ABSTRACT] } });
    expect(again.ingest).toMatchObject({ written: 0, results: [{ status: 'UNCHANGED', paperId: '2401.00042' }] });
  });
});
