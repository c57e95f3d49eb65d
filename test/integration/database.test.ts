import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig, testDatabase } from '../support/db.js';
import { Database } from '../../src/db/database.js';

const db = testDatabase();
afterAll(() => db.close());

describe('Database against a real Neo4j', () => {
  it('migrates idempotently and creates every constraint and full-text index', async () => {
    const first = await db.migrate();
    const second = await db.migrate();
    expect(second).toBe(first);
    const session = db.driver.session();
    try {
      const constraints = (await session.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names')).records[0]?.get('names');
      expect(constraints).toEqual(
        expect.arrayContaining(['paper_id', 'method_key', 'dataset_key', 'institution_key', 'alias_id', 'result_key']),
      );
      const fulltext = (
        await session.run("SHOW FULLTEXT INDEXES YIELD name, state RETURN collect(name + ':' + state) AS names")
      ).records[0]?.get('names');
      expect(fulltext).toEqual(expect.arrayContaining(['entity_names_all:ONLINE', 'paper_text:ONLINE']));
    } finally {
      await session.close();
    }
  });

  it('round-trips a paper and enforces the uniqueness constraint', async () => {
    const id = `test:${randomUUID()}`;
    const session = db.driver.session();
    try {
      await session.run('CREATE (:Paper {id: $id, title: $title})', { id, title: 'Round trip' });
      const rows = await session.run('MATCH (p:Paper {id: $id}) RETURN p.title AS title', { id });
      expect(rows.records.map((r) => r.get('title'))).toEqual(['Round trip']);
      await expect(session.run('CREATE (:Paper {id: $id})', { id })).rejects.toThrow(/already exists/);
    } finally {
      await session.run('MATCH (p:Paper {id: $id}) DELETE p', { id });
      await session.close();
    }
  });

  it('counts one round trip per transaction', async () => {
    const before = db.roundTrips;
    await db.read('stats');
    await db.read('stats');
    expect(db.roundTrips - before).toBe(2);
  });

  it('names the URI when the server is unreachable', async () => {
    const down = Database.connect(testConfig({ neo4jUri: 'bolt://127.0.0.1:1' }));
    try {
      await expect(down.ping()).rejects.toThrow(/Neo4j at bolt:\/\/127\.0\.0\.1:1 is unreachable/);
      await expect(down.read('stats')).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:1/);
    } finally {
      await down.close();
    }
  });
});
