// Shared by the database benchmarks: the compiled code, a Neo4j of their own, options.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

export async function load(module) {
  if (!existsSync(path.join(dist, module))) {
    console.error(`dist/${module} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  return import(path.join(dist, module));
}

const args = process.argv.slice(2);
export const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
export const flag = (name) => args.includes(`--${name}`);

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `work(config)` against NEO4J_URI when set, else an embedded Neo4j of its own
 * (temporary home, free port) that is stopped afterwards.
 */
export async function withNeo4j(work, { heap = '2g', pageCache = '1g' } = {}) {
  const { loadConfig } = await load('config.js');
  if (process.env.NEO4J_URI) return work(loadConfig());
  const { startEmbedded, stopEmbedded } = await load('db/embedded.js');
  const home = mkdtempSync(path.join(tmpdir(), 'papergraph-bench-db-'));
  const options = { home, boltPort: await freePort(), heap, pageCache, log: (m) => console.error(m) };
  const { pid } = await startEmbedded(options);
  try {
    return await work(loadConfig({ neo4jUri: `bolt://127.0.0.1:${options.boltPort}`, logLevel: 'silent' }, { ...process.env, NEO4J_URI: '' }), pid);
  } finally {
    await stopEmbedded(options);
    rmSync(home, { recursive: true, force: true });
  }
}

/** Peak resident memory of a process in MiB (VmHWM), from /proc. */
export function peakRssMiB(pid = process.pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export async function wipe(db) {
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
