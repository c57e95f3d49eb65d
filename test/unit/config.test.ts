import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database on loopback', () => {
    const config = loadConfig({}, {});
    expect(config.embedded).toBe(true);
    expect(config.boltUri).toBe('bolt://127.0.0.1:7687');
    expect(config.port).toBe(4000);
    expect(config.neo4jDatabase).toBe('neo4j');
    expect(path.basename(config.home)).toBe('.papergraph');
  });

  it('uses NEO4J_URI for an external server or cluster', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster.example.com:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      const config = loadConfig({}, { NEO4J_URI: uri, NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret' });
      expect(config.embedded).toBe(false);
      expect(config.boltUri).toBe(uri);
      expect(config.neo4jUser).toBe('reader');
    }
  });

  it('takes an explicit option over the environment', () => {
    expect(loadConfig({ port: 5001 }, { PORT: '5000' }).port).toBe(5001);
    expect(loadConfig({}, { PORT: '5000', PAPERGRAPH_BOLT_PORT: '7999' })).toMatchObject({ port: 5000, boltUri: 'bolt://127.0.0.1:7999' });
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI: must look like bolt:\/\//],
    [{ NEO4J_URI: 'localhost:7687' }, /NEO4J_URI/],
    [{ PORT: 'eighty' }, /PORT: PORT must be a number/],
    [{ PORT: '70000' }, /PORT: PORT must be between 1 and 65535/],
    [{ PAPERGRAPH_BOLT_PORT: '0' }, /PAPERGRAPH_BOLT_PORT/],
    [{ NEO4J_DATABASE: 'bad name!' }, /NEO4J_DATABASE: must be a database name/],
    [{ PAPERGRAPH_API_KEY: 'short' }, /PAPERGRAPH_API_KEY must be at least 16 characters/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ PAPERGRAPH_RATE_LIMIT: '-1' }, /PAPERGRAPH_RATE_LIMIT must be 0 \(off\) or more/],
    [{ PAPERGRAPH_RATE_LIMIT: 'lots' }, /PAPERGRAPH_RATE_LIMIT/],
    [{ PAPERGRAPH_POLL_MS: '-5' }, /PAPERGRAPH_POLL_MS must be 0 \(off\) or more/],
    [{ PAPERGRAPH_TRUST_PROXY: '-1' }, /PAPERGRAPH_TRUST_PROXY must be 0 or more/],
  ])('rejects %o with a message saying what to fix', (env, message) => {
    expect(() => loadConfig({}, env)).toThrow(ConfigError);
    expect(() => loadConfig({}, env)).toThrow(message);
  });

  it('rate limiting: off by default in development, 600 a minute in production, configurable in both', () => {
    expect(loadConfig({}, {}).rateLimit).toBe(0);
    expect(loadConfig({}, { NODE_ENV: 'production' }).rateLimit).toBe(600);
    expect(loadConfig({}, { PAPERGRAPH_RATE_LIMIT: '120' }).rateLimit).toBe(120);
    expect(loadConfig({}, { NODE_ENV: 'production', PAPERGRAPH_RATE_LIMIT: '0' }).rateLimit).toBe(0);
    expect(loadConfig({ rateLimit: 30 }, { PAPERGRAPH_RATE_LIMIT: '120' }).rateLimit).toBe(30);
  });

  it('polls the ingest watermark every second unless told otherwise', () => {
    expect(loadConfig({}, {}).pollMs).toBe(1000);
    expect(loadConfig({}, { PAPERGRAPH_POLL_MS: '250' }).pollMs).toBe(250);
    expect(loadConfig({}, { PAPERGRAPH_TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });

  it('lists every problem at once', () => {
    expect(() => loadConfig({}, { PORT: 'x', NEO4J_URI: 'nope' })).toThrow(/NEO4J_URI[\s\S]*PORT|PORT[\s\S]*NEO4J_URI/);
  });
});
