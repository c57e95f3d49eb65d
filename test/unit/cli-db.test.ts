import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[], env: Record<string, string>) =>
  spawnSync('node', ['bin/papergraph.js', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });

describe('papergraph db (no database needed)', () => {
  it('fails fast, naming the URI, when nothing listens at NEO4J_URI', () => {
    const started = Date.now();
    const result = run(['db', 'migrate'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('bolt://127.0.0.1:1');
    expect(result.stderr).toMatch(/unreachable/);
  });

  it('rejects invalid configuration with an actionable message', () => {
    const result = run(['db', 'migrate'], { NEO4J_URI: 'http://localhost:7474' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Invalid configuration:\n\s+- NEO4J_URI: must look like bolt:\/\//);
  });

  it('reports a stopped embedded database with exit code 3', () => {
    const result = run(['db', 'status'], { NEO4J_URI: '', PAPERGRAPH_HOME: '/tmp/papergraph-never-started', PAPERGRAPH_BOLT_PORT: '1' });
    expect(result.status).toBe(3);
    expect(JSON.parse(result.stdout)).toMatchObject({ running: false, port: 1, embedded: true });
  });
});
