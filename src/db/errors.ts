import { Neo4jError, isRetryableError } from 'neo4j-driver';

/** The database could not be reached (down, wrong address, network). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(
    readonly uri: string,
    cause: unknown,
  ) {
    super(`Neo4j at ${uri} is unreachable: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`, { cause });
  }
}

/** A query ran past its time limit (client- or server-side). */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE_CODES.has(error.code) || /connect|ECONNREFUSED|acquisition timed out|Connection acquisition/i.test(error.message);
}

export function isTimeout(error: unknown): boolean {
  return (
    error instanceof QueryTimeoutError ||
    (error instanceof Neo4jError && /TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code))
  );
}

/** Maps driver errors to our error types, naming the URI for connection failures. */
export function translate(error: unknown, uri: string): Error {
  if (isUnavailable(error)) return error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(uri, error);
  if (isTimeout(error)) return new QueryTimeoutError('The query took too long and was stopped', { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}

export { isRetryableError };
