import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { startApp, type App } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { gql } from '../support/http.js';
import { freePort } from '../support/ports.js';

const exec = promisify(execFile);
const API_KEY = 'subscriptions-key-0123456789';

/** A subscription's events as they arrive, with a way to wait for the next few. */
class Events {
  readonly received: any[] = [];
  private wake: (() => void) | undefined;
  readonly done: Promise<void>;
  constructor(iterator: AsyncIterableIterator<{ data?: any; errors?: unknown }>) {
    this.done = (async () => {
      for await (const result of iterator) {
        this.received.push(result.errors ? { errors: result.errors } : result.data.paperLinked);
        this.wake?.();
      }
    })();
  }
  async next(count: number, timeoutMs = 20_000): Promise<any[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count && Date.now() < deadline) {
      await Promise.race([new Promise<void>((r) => (this.wake = r)), new Promise((r) => setTimeout(r, 200))]);
    }
    return this.received.splice(0, this.received.length);
  }
}

/** This file runs an embedded Neo4j of its own, so it can restart it under an open subscription. */
describe('Subscription.paperLinked over graphql-ws, fed by any process', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'papergraph-subscriptions-'));
  let env: NodeJS.ProcessEnv = {};
  let db: Database;
  let app: App;
  let ws: Client;
  const cli = (...args: string[]) => exec('node', ['bin/papergraph.js', ...args], { env, timeout: 200_000 });
  /** Ingests abstracts from another process, as `papergraph ingest` on the command line. */
  const cliIngest = async (name: string, records: object[]) => {
    const file = path.join(home, `${name}.jsonl`);
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return cli('ingest', file, '--no-progress');
  };
  const subscribe = (entity: string, type: string, roles?: string[]) =>
    new Events(
      ws.iterate({
        query: `subscription ($e: EntityRef!, $roles: [Role!]) { paperLinked(entity: $e, roles: $roles) {
          role evidence paper { paperId title } entity { __typename name } } }`,
        variables: { e: { type, name: entity }, roles: roles ?? null },
      }),
    );

  beforeAll(async () => {
    const port = await freePort();
    env = { ...process.env, NEO4J_URI: '', PAPERGRAPH_HOME: home, PAPERGRAPH_BOLT_PORT: String(port), PAPERGRAPH_NEO4J_HEAP: '512m' };
    await cli('db', 'start');
    const config = loadConfig({ logLevel: 'silent', apiKey: API_KEY, pollMs: 250 }, env);
    db = Database.connect(config);
    await db.migrate();
    await cliIngest('seed', [
      { id: '2301.10001', title: 'Seed', published: '2023-01-01', abstract: 'We propose KoalaNet, a detector. KoalaNet outperforms ResNet-50 on the COCO dataset.' },
    ]);
    app = await startApp(config, db, createLogger('silent'), 0);
    ws = createClient({ url: app.url.replace('http://', 'ws://'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  }, 400_000); // a database start and a CLI ingest: slow on a shared machine
  afterAll(async () => {
    await ws?.dispose();
    await app?.stop();
    await db?.close();
    await cli('db', 'stop').catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
  });

  it('delivers a link written by a CLI ingest in another process, once, with its paper and entity', async () => {
    const coco = subscribe('coco', 'DATASET');
    await new Promise((r) => setTimeout(r, 500));
    await cliIngest('one', [
      { id: '2302.20002', title: 'Platypus', published: '2023-02-01', abstract: 'We propose PlatypusNet. PlatypusNet reaches 40.1% AP on the COCO dataset.' },
    ]);
    // Within a few seconds of the other process committing (it exits right after): one 250 ms poll
    // and two lookups; 10 s leaves room for a shared machine (3.4 s measured at load average 25).
    const committed = Date.now();
    const events = await coco.next(1);
    expect(Date.now() - committed).toBeLessThan(10_000);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ paper: { paperId: '2302.20002', title: 'Platypus' }, entity: { __typename: 'Dataset', name: 'COCO' } });
    expect(events[0].evidence).toMatch(/COCO/);
    // The same file again changes nothing, so nothing fires.
    await cliIngest('one', [
      { id: '2302.20002', title: 'Platypus', published: '2023-02-01', abstract: 'We propose PlatypusNet. PlatypusNet reaches 40.1% AP on the COCO dataset.' },
    ]);
    expect(await coco.next(1, 2_000)).toEqual([]);
  });

  it('filters by role, and fires for the ingest mutation too', async () => {
    const proposes = subscribe('ResNet-50', 'METHOD', ['PROPOSES']);
    const any = subscribe('ResNet-50', 'METHOD');
    await new Promise((r) => setTimeout(r, 500));
    const { body } = await gql(
      app.url,
      'mutation ($input: IngestInput!) { ingest(input: $input) { written } }',
      { input: { abstracts: [{ id: '2303.30003', title: 'Echidna', abstract: 'EchidnaNet outperforms ResNet-50 on ImageNet.' }] } },
      { authorization: `Bearer ${API_KEY}` },
    );
    expect(body.data.ingest.written).toBe(1);
    const events = await any.next(1);
    expect(events.map((e) => [e.paper.paperId, e.entity.name])).toEqual([['2303.30003', 'ResNet-50']]);
    expect(events[0].role).not.toBe('PROPOSES');
    expect(await proposes.next(1, 2_000)).toEqual([]);
  });

  it('refuses an unknown entity, and queries or mutations over WebSocket', async () => {
    const unknown = subscribe('no-such-dataset-anywhere', 'DATASET');
    await unknown.done.catch(() => undefined);
    const [first] = await unknown.next(1, 5_000);
    expect(JSON.stringify(first ?? (await unknown.done.catch((e) => e)))).toMatch(/No dataset is named/);
    const query = ws.iterate({ query: '{ stats { papers } }' });
    await expect(query.next()).rejects.toBeDefined();
  });

  it('keeps the name cache shared and correct: a CLI ingest is seen within a poll', async () => {
    const count = async () => (await gql(app.url, '{ dataset(name: "coco") { paperCount } }')).body.data.dataset.paperCount as number;
    const before = await count();
    const trips = db.roundTrips;
    await gql(app.url, '{ dataset(name: "coco") { name } }');
    expect(db.roundTrips - trips).toBe(0); // the name came from the server's cache
    await cliIngest('more', [{ id: '2304.40004', title: 'Wombat', abstract: 'WombatDet is evaluated on the COCO dataset.' }]);
    const deadline = Date.now() + 10_000;
    let after = before;
    while (after === before && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      after = await count();
    }
    expect(after).toBe(before + 1);
  });

  it('survives a database restart: the open subscription delivers links committed afterwards', { timeout: 400_000 }, async () => {
    const coco = subscribe('COCO', 'DATASET');
    await new Promise((r) => setTimeout(r, 500));
    const t0 = Date.now();
    await cli('db', 'stop');
    await new Promise((r) => setTimeout(r, 1_500)); // polls fail meanwhile
    await cli('db', 'start');
    console.log(`[subscriptions] database restarted in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await cliIngest('after-restart', [
      { id: '2305.50005', title: 'Numbat', abstract: 'We propose NumbatNet and evaluate it on the COCO dataset.' },
    ]);
    console.log(`[subscriptions] restart and CLI ingest took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const events = await coco.next(1, 30_000);
    expect(events.map((e) => e.paper.paperId)).toEqual(['2305.50005']);
  });
});
