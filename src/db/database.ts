import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Config } from '../config.js';
import { cypher, statements } from './cypher.js';
import { translate } from './errors.js';

export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  /** How long managed transactions are retried on transient errors (driver `maxTransactionRetryTime`). */
  retryMs?: number;
  /** Per-transaction timeout sent to the server. */
  queryTimeoutMs?: number;
}

/**
 * The only place that opens sessions. Statements are referred to by the name of their file in
 * cypher/; each call opens a session, runs one managed transaction and closes it in `finally`.
 */
export class Database {
  /** Round trips made so far (one per transaction); tests use it to prove batching. */
  roundTrips = 0;
  readonly uri: string;
  readonly name: string;
  private readonly queryTimeoutMs: number;

  constructor(
    readonly driver: Driver,
    config: Pick<Config, 'boltUri' | 'neo4jDatabase' | 'queryTimeoutMs'>,
  ) {
    this.uri = config.boltUri;
    this.name = config.neo4jDatabase;
    this.queryTimeoutMs = config.queryTimeoutMs;
  }

  static connect(config: Config, options: DatabaseOptions = {}): Database {
    // The embedded server runs without authentication; any basic token is accepted there.
    const auth = neo4j.auth.basic(config.neo4jUser, config.neo4jPassword);
    const driver = neo4j.driver(config.boltUri, auth, {
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 4_000,
      maxTransactionRetryTime: options.retryMs ?? 1_000,
      disableLosslessIntegers: true,
      userAgent: 'papergraph/0.1',
    });
    return new Database(driver, { ...config, queryTimeoutMs: options.queryTimeoutMs ?? config.queryTimeoutMs });
  }

  /** Runs `cypher/<name>.cypher` in a read transaction (routable to read replicas). */
  async read<R extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<R[]> {
    return (await this.run<R>('READ', cypher(name), params)).records.map((record) => record.toObject());
  }

  /** Runs `cypher/<name>.cypher` in a write transaction. */
  async write<R extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<R[]> {
    return (await this.run<R>('WRITE', cypher(name), params)).records.map((record) => record.toObject());
  }

  /**
   * Runs `work` as one managed write transaction: it may read, compute and write, and is retried
   * whole on transient errors, so what it computes from reads stays consistent with what it writes.
   */
  async writeWork<T>(
    work: (run: <R extends RecordShape = RecordShape>(name: string, params?: Params) => Promise<R[]>) => Promise<T>,
  ): Promise<T> {
    return this.transaction('WRITE', (tx) =>
      work(async <R extends RecordShape>(name: string, params: Params = {}) =>
        (await tx.run<R>(cypher(name), params)).records.map((record) => record.toObject()),
      ),
    );
  }

  /** Runs several statements in one write transaction (one round trip to commit them all). */
  async writeAll(steps: Array<{ name: string; params: Params }>): Promise<void> {
    await this.transaction('WRITE', async (tx) => {
      for (const step of steps) await tx.run(cypher(step.name), step.params);
    });
  }

  /** Applies every statement of cypher/schema.cypher; each is idempotent (IF NOT EXISTS). */
  async migrate(): Promise<number> {
    const session = this.driver.session({ database: this.name });
    try {
      const all = statements('schema');
      for (const statement of all) await session.run(statement);
      await session.run('CALL db.awaitIndexes(300)');
      return all.length;
    } catch (error) {
      throw translate(error, this.uri);
    } finally {
      await session.close();
    }
  }

  /** Fails fast with a message naming the URI when the server does not answer. */
  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.name });
    } catch (error) {
      throw translate(error, this.uri);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<R extends RecordShape>(mode: 'READ' | 'WRITE', text: string, params: Params): Promise<QueryResult<R>> {
    return this.transaction(mode, (tx) => tx.run<R>(text, params));
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: neo4j.ManagedTransaction) => Promise<T>): Promise<T> {
    this.roundTrips += 1;
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = { timeout: this.queryTimeoutMs };
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw translate(error, this.uri);
    } finally {
      await session.close();
    }
  }
}

/** JavaScript numbers travel as floats; SKIP and LIMIT need integers. */
export const int = (value: number) => neo4j.int(value);
