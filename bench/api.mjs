// API benchmark: a mix of representative GraphQL operations (bench/api/operations.mjs), driven
// by autocannon for a fixed time against three servers over the same database, in one run:
//   papergraph       this server (DataLoader batching and per-request caching on)
//   no DataLoader    the same server with `startApp(…, { batching: false })`: the N+1 baseline
//   @neo4j/graphql   v7 serving bench/api/neo4j-graphql.graphql (the same graph model)
// Each server runs in a child process of its own (bench/api/server.mjs), autocannon in this one;
// only one server is under load at a time. After a warm-up, short rounds alternate the servers
// (ABC, CBA, …) so background noise on a shared machine spreads over all three; medians of the
// rounds are reported. Then each operation is timed alone on each server, with the CPU time per
// request spent in the server process and in Neo4j. Exits non-zero when any server answered with
// an error (HTTP, transport or GraphQL).
//
//   npm run build && node bench/api.mjs [--seconds 10] [--rounds 4] [--connections 10]
//                                       [--count 3000] [--op-seconds 3] [--warmup 3]
// --seconds is per server per round: by default each server gets 4 × 10 s of the mix.
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBodies, operations, pickVariables } from './api/operations.mjs';
import { load, option, wipe, withNeo4j } from './support.mjs';

const autocannon = createRequire(import.meta.url)('autocannon');
const { writeCorpus } = await load('generate/index.js');
const { ingestFiles } = await load('load/pipeline.js');
const { Database } = await load('db/database.js');

const seconds = Number(option('seconds', '10'));
const connections = Number(option('connections', '10'));
const count = Number(option('count', '3000'));
const rounds = Number(option('rounds', '4'));
const opSeconds = Number(option('op-seconds', '3'));
const warmup = Number(option('warmup', '3'));
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'papergraph-bench-api-'));

const SERVERS = [
  { kind: 'papergraph', label: 'papergraph', flavour: 'papergraph' },
  { kind: 'unbatched', label: 'no DataLoader', flavour: 'papergraph' },
  { kind: 'neo4j-graphql', label: '@neo4j/graphql', flavour: 'neo4jGraphql' },
];

const log = (message) => console.error(message);

/** CPU time (user + system) a process has used so far, in ms; NaN when unknown (no /proc). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
  } catch {
    return NaN;
  }
}
const load1 = () => loadavg()[0].toFixed(2);

/** Forks one server; resolves once it listens. */
function startServer(server, boltUri) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'api/server.mjs'), ['--kind', server.kind, '--uri', boltUri], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const onExit = (code) => reject(new Error(`${server.label} server exited with code ${code} before it was ready`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve({ ...server, child, url: message.ready });
    });
  });
}

function ask(server, message, field) {
  return new Promise((resolve) => {
    const onMessage = (answer) => {
      if (field in answer) {
        server.child.off('message', onMessage);
        resolve(answer[field]);
      }
    };
    server.child.on('message', onMessage);
    server.child.send(message);
  });
}

async function stopServer(server) {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  if (server.child.exitCode !== null) return;
  server.child.send({ stop: true });
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function post(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = { errors: [{ message: `not JSON (HTTP ${response.status}): ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, json, bytes: text.length };
}

/**
 * autocannon for `duration` seconds over `bodies` ({op, body}), in order, shared by all
 * connections. GraphQL errors (a 200 whose body has `"errors"`) are counted per operation.
 */
async function drive(server, bodies, duration, neo4jPid) {
  const url = server.url;
  let next = 0;
  const cpuBefore = [cpuMs(server.child.pid), cpuMs(neo4jPid)];
  const graphqlErrors = {};
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration,
    requests: [
      {
        setupRequest: (request, context) => {
          const { op, body } = bodies[next++ % bodies.length];
          context.op = op;
          return { ...request, body };
        },
        onResponse: (status, body, context) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors[context.op] = (graphqlErrors[context.op] ?? 0) + 1;
        },
      },
    ],
  });
  const gql = Object.values(graphqlErrors).reduce((a, b) => a + b, 0);
  const requests = Math.max(1, result.requests.total);
  return {
    serverCpu: (cpuMs(server.child.pid) - cpuBefore[0]) / requests,
    neo4jCpu: (cpuMs(neo4jPid) - cpuBefore[1]) / requests,
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    gql,
    graphqlErrors,
  };
}

/** Median; the mean of the middle two for an even count (two rounds: their mean). */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[Math.floor(middle)];
};
const pad = (value, width) => String(value).padStart(width);
const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

try {
  await withNeo4j(async (config, neo4jPid) => {
    const db = Database.connect(config, { retryMs: 30_000, queryTimeoutMs: 300_000 });
    const servers = [];
    let failed = false;
    try {
      await db.migrate();
      await wipe(db);
      const corpus = path.join(dir, 'corpus');
      await writeCorpus({ count, seed: 'bench-api', format: 'mixed', duplicateRate: 0.02, out: corpus });
      const summary = await ingestFiles(db, [corpus], {});
      const vars = await pickVariables(db);
      log(`corpus: ${count} generated abstracts → ${summary.written} papers, ${summary.links} links`);

      for (const server of SERVERS) servers.push(await startServer(server, config.boltUri));
      log(`servers: ${servers.map((s) => `${s.label} ${s.url} (pid ${s.child.pid})`).join(', ')}`);

      const ops = buildBodies(vars);
      const flavourBodies = (server, only) =>
        (only ? ops.filter((o) => o.op.name === only) : ops).flatMap(({ op, bodies }) =>
          bodies[server.flavour].map((body) => ({ op: op.name, body })),
        );
      // The mix: operations interleaved, each with its own rotation of variables.
      const mix = (server) => {
        const all = ops.map(({ op, bodies }) => bodies[server.flavour].map((body) => ({ op: op.name, body })));
        return all[0].flatMap((_, i) => all.map((list) => list[i]));
      };

      // Verification: every server answers every operation, several variable sets, without errors,
      // and the two schemas give the same sizes. Round trips per request show the batching.
      console.log(
        `\nverification (${ops[0].bodies.papergraph.length} variable sets per operation; sizes of the first; = when papergraph and @neo4j/graphql agree on all)`,
      );
      console.log(
        `  ${'operation'.padEnd(16)} ${'papergraph'.padEnd(22)} ${'@neo4j/graphql'.padEnd(22)} same  ${'db round trips/request'}`,
      );
      const problems = [];
      let unbatchedHelps = false;
      for (const { op, bodies } of ops) {
        const sizes = {};
        const trips = {};
        for (const server of servers) {
          sizes[server.kind] = [];
          const before = await ask(server, { roundTrips: true }, 'roundTrips');
          for (const body of bodies[server.flavour]) {
            const { status, json } = await post(server.url, body);
            if (status !== 200 || json.errors) {
              if (!problems.some((p) => p.startsWith(`${server.label} ${op.name} `)))
                problems.push(
                  `${server.label} ${op.name} ${body.slice(body.indexOf('"variables"'))}: HTTP ${status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`,
                );
              sizes[server.kind].push(null);
              continue;
            }
            sizes[server.kind].push(op.size[server.flavour](json.data).join('/'));
          }
          const after = await ask(server, { roundTrips: true }, 'roundTrips');
          trips[server.kind] = before === null ? null : (after - before) / bodies[server.flavour].length;
        }
        const same = sizes.papergraph.every((s, i) => s !== null && s === sizes['neo4j-graphql'][i] && s === sizes.unbatched[i]);
        const sameCount = sizes.papergraph.filter((s, i) => s !== null && s === sizes['neo4j-graphql'][i]).length;
        if (trips.unbatched > trips.papergraph) unbatchedHelps = true;
        console.log(
          `  ${op.name.padEnd(16)} ${String(sizes.papergraph[0]).padEnd(22)} ${String(sizes['neo4j-graphql'][0]).padEnd(22)} ${same ? '=' : `${sameCount}/${sizes.papergraph.length}`}`.padEnd(
            70,
          ) + `papergraph ${fmt(trips.papergraph, 1)}, no DataLoader ${fmt(trips.unbatched, 1)}`,
        );
      }
      if (!unbatchedHelps) {
        console.log(
          '  WARNING: the no-DataLoader server made no more round trips than papergraph: is `batching: false` reaching the loaders?',
        );
      }
      for (const problem of problems) console.log(`  ERROR ${problem}`);
      if (problems.length > 0) failed = true;

      // Warm-up (JIT, Cypher plan caches, page cache), not counted.
      for (const server of servers) await drive(server, mix(server), warmup, neo4jPid);

      const runs = Object.fromEntries(servers.map((s) => [s.kind, []]));
      const loads = [load1()];
      for (let round = 1; round <= rounds; round++) {
        // Alternate the order so that no server always runs first (or right after the heaviest).
        const order = round % 2 === 1 ? servers : [...servers].reverse();
        for (const server of order) {
          const run = await drive(server, mix(server), seconds, neo4jPid);
          runs[server.kind].push(run);
          log(
            `round ${round}: ${server.label.padEnd(15)} ${fmt(run.rps)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, errors ${run.errors + run.non2xx + run.gql} (load ${load1()})`,
          );
        }
      }
      loads.push(load1());

      const medians = {};
      console.log(
        `\nmix: ${operations.length} operations interleaved, ${connections} connections, ${seconds} s × ${rounds} rounds per server (median of rounds); ` +
          `load average ${loads.join(' → ')} on ${availableParallelism()} cores`,
      );
      console.log(
        `  ${'server'.padEnd(16)} ${pad('req/s', 8)} ${'(rounds)'.padEnd(10)} ${pad('p50 ms', 7)} ${pad('p99 ms', 8)} ${pad('requests', 9)} ${pad('errors', 7)} ${pad('non-2xx', 8)} ${pad('gql errors', 11)}   CPU ms/request: server, neo4j`,
      );
      for (const server of servers) {
        const list = runs[server.kind];
        const m = {
          rps: median(list.map((r) => r.rps)),
          p50: median(list.map((r) => r.p50)),
          p99: median(list.map((r) => r.p99)),
          serverCpu: median(list.map((r) => r.serverCpu)),
          neo4jCpu: median(list.map((r) => r.neo4jCpu)),
          total: list.reduce((a, r) => a + r.total, 0),
          errors: list.reduce((a, r) => a + r.errors, 0),
          non2xx: list.reduce((a, r) => a + r.non2xx, 0),
          gql: list.reduce((a, r) => a + r.gql, 0),
        };
        medians[server.kind] = m;
        if (m.errors + m.non2xx + m.gql > 0) failed = true;
        console.log(
          `  ${server.label.padEnd(16)} ${pad(fmt(m.rps), 8)} ${`${fmt(Math.min(...list.map((r) => r.rps)))}–${fmt(Math.max(...list.map((r) => r.rps)))}`.padEnd(10)} ${pad(fmt(m.p50), 7)} ${pad(fmt(m.p99), 8)} ${pad(m.total, 9)} ${pad(m.errors, 7)} ${pad(m.non2xx, 8)} ${pad(m.gql, 11)}   ${pad(fmt(m.serverCpu, 1), 6)}, ${pad(fmt(m.neo4jCpu, 1), 5)}`,
        );
        const byOp = list.flatMap((r) => Object.entries(r.graphqlErrors));
        if (byOp.length > 0) console.log(`    GraphQL errors by operation: ${byOp.map(([op, n]) => `${op} ${n}`).join(', ')}`);
      }
      const pg = medians.papergraph;
      const ratio = (other, label) =>
        console.log(
          `  papergraph vs ${label.padEnd(15)} ${pad(fmt(pg.rps / other.rps, 2), 6)}× requests/s, p99 ${fmt(pg.p99 / other.p99, 2)}× (${fmt(pg.p99)} vs ${fmt(other.p99)} ms), p50 ${fmt(pg.p50 / other.p50, 2)}×`,
        );
      console.log('\nratios (requests/s: higher is better for papergraph; latency and CPU: lower is better)');
      ratio(medians.unbatched, 'no DataLoader');
      ratio(medians['neo4j-graphql'], '@neo4j/graphql');
      // CPU per request (server + Neo4j) moves much less with background load than requests/s do.
      const cpu = (m) => m.serverCpu + m.neo4jCpu;
      if (Number.isFinite(cpu(pg))) {
        console.log(
          `  CPU ms/request (server + Neo4j): papergraph ${fmt(cpu(pg), 1)}, no DataLoader ${fmt(cpu(medians.unbatched), 1)} (${fmt(cpu(pg) / cpu(medians.unbatched), 2)}×), ` +
            `@neo4j/graphql ${fmt(cpu(medians['neo4j-graphql']), 1)} (${fmt(cpu(pg) / cpu(medians['neo4j-graphql']), 2)}×)`,
        );
      }

      // Each operation alone, so a slow one can be found; CPU per request says where time goes
      // (two cores shared by Neo4j, the server and autocannon: CPU is what runs out).
      console.log(`\nper operation: each alone for ${opSeconds} s, ${connections} connections`);
      console.log(`  req/s · p50 ms · p99 ms · CPU ms/request in the server process + in Neo4j`);
      console.log(`  ${'operation'.padEnd(16)} ${servers.map((s) => s.label.padEnd(33)).join(' ')} pg/neo req/s`);
      for (const { op } of ops) {
        const cells = [];
        const rates = {};
        for (const server of servers) {
          const run = await drive(server, flavourBodies(server, op.name), opSeconds, neo4jPid);
          rates[server.kind] = run.rps;
          const errors = run.errors + run.non2xx + run.gql;
          if (errors > 0) failed = true;
          const cpu = `${fmt(run.serverCpu, 1)}+${fmt(run.neo4jCpu, 1)}`;
          cells.push(
            `${pad(fmt(run.rps), 5)} · ${pad(run.p50, 3)} · ${pad(run.p99, 4)} · ${cpu.padEnd(9)}${errors ? ` !${errors}` : ''}`.padEnd(33),
          );
        }
        console.log(`  ${op.name.padEnd(16)} ${cells.join(' ')} ${pad(fmt(rates.papergraph / rates['neo4j-graphql'], 2), 6)}×`);
      }
      console.log('\noperations:');
      for (const op of operations) console.log(`  ${op.name.padEnd(16)} ${op.about}`);
    } finally {
      await Promise.all(servers.map(stopServer));
      await db.close();
    }
    if (failed) {
      console.log('\nFAILED: some server answered with errors (see above)');
      process.exitCode = 1;
    }
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
