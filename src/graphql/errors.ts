import type { GraphQLFormattedError } from 'graphql';
import { isTimeout, isUnavailable } from '../db/errors.js';
import { ScalarInputError } from './scalars.js';

/** `Query depth limit of 10 exceeded, found 12.` → `Query depth limit exceeded.`: say which limit, not where it is. */
export function hideLimits(message: string): string {
  // graphql-js's own parse limit (`Document contains more that 2000 tokens. Parsing aborted.`).
  if (/contains more th(?:an|at) \d+ tokens/.test(message)) return 'Token limit exceeded.';
  return message.replace(/^Syntax Error: /, '').replace(/ of \d+ exceeded(?:, found [\d.]+)?\.?/, ' exceeded.');
}

/**
 * Translates errors at the edge: database outages and timeouts get a code a client can act on;
 * errors with a code (ours, Apollo's) pass through; anything else is masked (and logged by the server).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Duck-typed rather than instanceof: graphql can be loaded twice (ESM and CommonJS builds).
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  if (isUnavailable(original)) {
    return {
      message: 'The database is unavailable; try again shortly.',
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  if (isTimeout(original)) {
    return { message: 'The query took too long and was stopped.', path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
  }
  // A scalar that rejects a literal (`from: "last year"`) fails validation; its own code says why.
  if (original instanceof ScalarInputError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') {
    return { ...formatted, message: hideLimits(formatted.message) };
  }
  // Errors we raise on purpose carry a code; anything without one is unexpected.
  if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  // Logged with the request id by the server's error plugin; the client sees no details.
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
