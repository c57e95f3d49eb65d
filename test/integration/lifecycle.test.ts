import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { portAnswers } from '../../src/db/embedded.js';
import { startApp, type App } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { gql } from '../support/http.js';
import { freePort } from '../support/ports.js';

const exec = promisify(execFile);

/** This file runs an embedded Neo4j of its own, so it can stop and kill it. */
describe('embedded Neo4j lifecycle and outage recovery', () => {
  const home = mkdtempSync(path.join(tmpdir(), 'papergraph-lifecycle-'));
  let port = 0;
  let env: NodeJS.ProcessEnv = {};
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await exec('node', ['bin/papergraph.js', ...args], { env, timeout: 200_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
  const pid = () => Number(readFileSync(path.join(home, `neo4j-${port}.pid`), 'utf8'));
  const launchers = async () =>
    (await exec('pgrep', ['-f', `dev.papergraph.Launcher --home ${home} `]).catch(() => ({ stdout: '' }))).stdout
      .trim()
      .split('\n')
      .filter(Boolean);

  beforeAll(async () => {
    port = await freePort();
    env = { ...process.env, NEO4J_URI: '', PAPERGRAPH_HOME: home, PAPERGRAPH_BOLT_PORT: String(port), PAPERGRAPH_NEO4J_HEAP: '512m' };
  });
  afterAll(async () => {
    await cli('db', 'stop');
    rmSync(home, { recursive: true, force: true });
  });

  it('start twice, status, stop: one process, no error, port freed', async () => {
    const first = await cli('db', 'start');
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Started embedded Neo4j/);
    const firstPid = pid();
    const second = await cli('db', 'start');
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/Already running/);
    expect(pid()).toBe(firstPid);
    expect(await launchers()).toHaveLength(1);
    const status = await cli('db', 'status');
    expect(JSON.parse(status.stdout)).toMatchObject({ running: true, pid: firstPid, port });
    const stop = await cli('db', 'stop');
    expect(stop.stderr).toMatch(/Stopped embedded Neo4j/);
    expect(await portAnswers(port)).toBe(false);
    expect(await launchers()).toHaveLength(0);
    expect((await cli('db', 'stop')).stderr).toMatch(/was not running/);
    expect((await cli('db', 'status')).code).toBe(3);
  });

  it('recovers from a stale pid file left by a killed run', async () => {
    await cli('db', 'start');
    process.kill(pid(), 'SIGKILL');
    while (await portAnswers(port, 200)) await new Promise((r) => setTimeout(r, 100));
    const restart = await cli('db', 'start');
    expect(restart.code).toBe(0);
    expect(restart.stderr).toMatch(/stale pid file/);
    expect(await launchers()).toHaveLength(1);
  });

  it('also treats a pid file naming an unrelated live process as stale', async () => {
    await cli('db', 'stop');
    writeFileSync(path.join(home, `neo4j-${port}.pid`), String(process.pid));
    const start = await cli('db', 'start');
    expect(start.code).toBe(0);
    expect(start.stderr).toMatch(/stale pid file/);
  });

  it(
    'an ingest that loses its database retries within its bound, fails clearly, and a re-run completes',
    { timeout: 300_000 },
    async () => {
      await cli('db', 'start');
      const corpus = path.join(home, 'corpus.jsonl');
      await cli('generate', '--count', '1500', '--seed', 'outage', '--format', 'jsonl', '--out', corpus);
      const ingest = () =>
        exec('node', ['bin/papergraph.js', 'ingest', corpus, '--batch-size', '20', '--no-progress'], {
          env: { ...env, PAPERGRAPH_WRITE_RETRY_MS: '3000' },
        });
      const running = ingest().then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      const config = loadConfig({ logLevel: 'silent' }, env);
      const probe = Database.connect(config);
      try {
        let papers = 0;
        while (papers < 60) {
          await new Promise((r) => setTimeout(r, 100));
          papers = (await probe.read<{ papers: number }>('stats'))[0]?.papers ?? 0;
        }
      } finally {
        await probe.close();
      }
      const stoppedAt = Date.now();
      await cli('db', 'stop');
      const failed = await running;
      expect(failed.code).not.toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(30_000);
      expect(failed.stderr).toMatch(new RegExp(`Neo4j at bolt://127\\.0\\.0\\.1:${port} is unreachable`));
      expect(failed.stderr).toMatch(/run the same command again to resume/);

      await cli('db', 'start');
      const rerun = await ingest();
      expect(rerun.stderr).toMatch(/1500 records/);
      const again = await ingest();
      expect(again.stderr).toMatch(/ 0 papers written/);
    },
  );

  describe('a server whose database goes away and comes back', () => {
    let app: App;
    let db: Database;
    beforeAll(async () => {
      const config = loadConfig({ logLevel: 'silent' }, env);
      db = Database.connect(config);
      await db.migrate();
      app = await startApp(config, db, createLogger('silent'), 0);
    });
    afterAll(async () => {
      await app.stop();
      await db.close();
    });
    const ready = async () => (await fetch(app.url.replace('/graphql', '/health/ready'))).status;

    it('answers while the database is up', async () => {
      expect(await ready()).toBe(200);
      const { body } = await gql(app.url, '{ stats { papers methods datasets institutions tasks metrics results synthetic } }');
      expect(body.data.stats).toEqual((await db.read('stats'))[0]);
    });

    it('reports not ready and returns a clear error within 5 seconds while it is down', async () => {
      await cli('db', 'stop');
      expect(await ready()).toBe(503);
      const started = Date.now();
      const { body } = await gql(app.url, '{ stats { papers } }');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).toMatch(/database is unavailable/);
      const live = await fetch(app.url.replace('/graphql', '/health/live'));
      expect(live.status).toBe(200);
    });

    it('recovers without a restart once the database is back', async () => {
      await cli('db', 'start');
      expect(await ready()).toBe(200);
      const { body } = await gql(app.url, '{ stats { papers } }');
      expect(body.errors).toBeUndefined();
      expect(body.data.stats.papers).toBe((await db.read<{ papers: number }>('stats'))[0]?.papers);
    });
  });
});
