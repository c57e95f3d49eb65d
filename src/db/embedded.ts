import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../config.js';

/** Where and how the embedded Neo4j runs; derived from Config (home, boltPort). */
export interface EmbeddedOptions {
  home: string;
  boltPort: number;
  /** JVM heap, e.g. `2g` (PAPERGRAPH_NEO4J_HEAP). */
  heap?: string;
  /** Page cache, e.g. `1g` (PAPERGRAPH_NEO4J_PAGECACHE). */
  pageCache?: string;
  /** Server-side transaction timeout in seconds. */
  txTimeoutSeconds?: number;
  /** Progress messages (Maven build, waiting for Bolt). */
  log?: (message: string) => void;
}

export interface EmbeddedStatus {
  running: boolean;
  pid?: number;
  port: number;
  home: string;
}

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'java', 'launcher');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'neo4j-launcher.jar');
const LAUNCHER_CLASS = 'dev.papergraph.Launcher';
/** Dependencies are copied beside the jar by Maven (see java/launcher/pom.xml). */
const CLASSPATH = [LAUNCHER_JAR, path.join(LAUNCHER_DIR, 'target', 'lib', '*')].join(path.delimiter);
const READY_MARK = 'PAPERGRAPH_NEO4J_READY';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

const pidFile = (o: EmbeddedOptions) => path.join(o.home, `neo4j-${o.boltPort}.pid`);
const logFile = (o: EmbeddedOptions) => path.join(o.home, `neo4j-${o.boltPort}.log`);

/** Builds the Java launcher with Maven unless its jar is newer than its sources. */
export function ensureLauncherBuilt(log: (message: string) => void = () => {}): void {
  const sources = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src/main/java/dev/papergraph/Launcher.java')];
  const jarTime = existsSync(LAUNCHER_JAR) ? statSync(LAUNCHER_JAR).mtimeMs : 0;
  if (jarTime > 0 && sources.every((file) => statSync(file).mtimeMs <= jarTime)) return;
  log('Building the embedded Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)…');
  const result = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: LAUNCHER_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) {
    throw new Error(
      `Cannot run Maven (${result.error.message}). Install Java 17+ and Maven (e.g. apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
  if (result.status !== 0) throw new Error(`Maven build of ${LAUNCHER_DIR} failed with exit code ${result.status}`);
}

/** True when `pid` is alive and is our launcher (a recycled pid from a killed run is not). */
function isOurProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

function readPid(o: EmbeddedOptions): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(pidFile(o), 'utf8'), 10);
    return Number.isFinite(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves true when something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function embeddedStatus(o: EmbeddedOptions): Promise<EmbeddedStatus> {
  const pid = readPid(o);
  const running = pid !== undefined && isOurProcess(pid) && (await portAnswers(o.boltPort));
  return { running, pid: running ? pid : undefined, port: o.boltPort, home: o.home };
}

/**
 * Starts the embedded Neo4j unless it already runs; resolves once Bolt answers.
 * Returns `started: false` when an instance was already running (so callers know not to stop it).
 */
export async function startEmbedded(o: EmbeddedOptions): Promise<{ started: boolean; pid: number }> {
  const log = o.log ?? (() => {});
  mkdirSync(o.home, { recursive: true });
  const existing = readPid(o);
  if (existing !== undefined) {
    if (isOurProcess(existing)) {
      await waitForReady(o, existing);
      return { started: false, pid: existing };
    }
    log(`Removing stale pid file ${pidFile(o)} (process ${existing} is gone)`);
    rmSync(pidFile(o), { force: true });
  }
  if (await portAnswers(o.boltPort)) {
    throw new Error(
      `Port ${o.boltPort} is already in use by another process; set PAPERGRAPH_BOLT_PORT to a free port or NEO4J_URI to use that server.`,
    );
  }
  ensureLauncherBuilt(log);
  const logStart = existsSync(logFile(o)) ? statSync(logFile(o)).size : 0;
  const out = openSync(logFile(o), 'a');
  const child = spawn(
    'java',
    [
      `-Xms${o.heap ?? '1g'}`,
      `-Xmx${o.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      CLASSPATH,
      LAUNCHER_CLASS,
      '--home',
      o.home,
      '--port',
      String(o.boltPort),
      '--pagecache',
      o.pageCache ?? '512m',
      '--tx-timeout',
      String(o.txTimeoutSeconds ?? 120),
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (e) => reject(new Error(`Cannot start java: ${e.message}. Install Java 17+.`))),
  );
  child.unref();
  if (child.pid === undefined) return spawnError;
  writeFileSync(pidFile(o), String(child.pid));
  log(`Starting embedded Neo4j 5.26 (pid ${child.pid}) on bolt://127.0.0.1:${o.boltPort}, data in ${o.home}`);
  await Promise.race([waitForReady(o, child.pid, logStart), spawnError]);
  return { started: true, pid: child.pid };
}

/** Waits for Bolt; with `logOffset`, also for the launcher's ready line written after that offset. */
async function waitForReady(o: EmbeddedOptions, pid: number, logOffset?: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isOurProcess(pid)) {
      rmSync(pidFile(o), { force: true });
      throw new Error(`Embedded Neo4j exited during start-up. Last log lines (${logFile(o)}):\n${tail(logFile(o), logOffset ?? 0)}`);
    }
    const ready = logOffset === undefined || readFileSync(logFile(o), 'utf8').slice(logOffset).includes(READY_MARK);
    if (ready && (await portAnswers(o.boltPort))) return;
    await sleep(250);
  }
  throw new Error(`Embedded Neo4j did not answer on port ${o.boltPort} within ${START_TIMEOUT_MS / 1000}s; see ${logFile(o)}`);
}

function tail(file: string, offset: number): string {
  try {
    return readFileSync(file, 'utf8').slice(offset).split('\n').slice(-20).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Stops the instance recorded in the pid file; returns false when none was running. */
export async function stopEmbedded(o: EmbeddedOptions): Promise<boolean> {
  const pid = readPid(o);
  if (pid === undefined || !isOurProcess(pid)) {
    rmSync(pidFile(o), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isOurProcess(pid) && Date.now() < deadline) await sleep(200);
  if (isOurProcess(pid)) process.kill(pid, 'SIGKILL');
  while (isOurProcess(pid)) await sleep(100);
  rmSync(pidFile(o), { force: true });
  while (await portAnswers(o.boltPort, 200)) await sleep(100);
  return true;
}

/**
 * Runs `neo4j-admin database import full` (Neo4j's AdminTool, on the launcher's classpath) into
 * the embedded database's store. The embedded database must be stopped; its data is replaced.
 */
export async function importIntoEmbedded(o: EmbeddedOptions, importArgs: string[]): Promise<void> {
  if ((await embeddedStatus(o)).running)
    throw new Error('Stop the embedded database first (npx papergraph db stop): import replaces its data.');
  ensureLauncherBuilt(o.log);
  const neo4jHome = path.join(o.home, 'neo4j');
  mkdirSync(neo4jHome, { recursive: true });
  const result = spawnSync(
    'java',
    [
      `-Xmx${o.heap ?? '1g'}`,
      '-cp',
      CLASSPATH,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      `--report-file=${path.join(o.home, 'import.report')}`,
      ...importArgs,
    ],
    {
      env: { ...process.env, NEO4J_HOME: neo4jHome },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.error) throw new Error(`Cannot run java: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`neo4j-admin import failed with exit code ${result.status}`);
}
