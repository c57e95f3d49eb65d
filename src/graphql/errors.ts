import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isTimeout, isUnavailable } from '../db/errors.js';

/**
 * Translates errors at the edge: database outages and timeouts get a code a client can act on;
 * our own GraphQLErrors pass through; anything else is logged and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
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
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (code !== undefined && code !== 'INTERNAL_SERVER_ERROR')) return formatted;
  // Logged with the request id by the server's error plugin; the client sees no details.
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
