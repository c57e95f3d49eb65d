import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from './logger.js';

/** Every answer outside Apollo's own is GraphQL JSON too: `{"errors":[{message, extensions:{code}}]}`. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json; charset=utf-8').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * The last middleware: body-parser's failures (malformed JSON, a body over the limit, an
 * unsupported charset) and anything unexpected become GraphQL error bodies, never Express's
 * HTML page with a stack trace and server paths.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, req, res, _next) => {
    if (res.headersSent) return void res.end();
    switch (error?.type) {
      case 'entity.parse.failed':
        return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
      case 'entity.too.large':
        return sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON.');
      case 'request.aborted':
        return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request was aborted.');
    }
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, url: req.originalUrl }, 'unhandled HTTP error');
    sendGraphQLError(res, status, status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', status === 500 ? 'Internal server error' : 'Bad request.');
  };
}

/** Error codes of a request that failed before execution (no `data`). */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (or says nothing) gets
 * parse, validation and variable errors with status 200, as the spec says for that media type;
 * one that accepts `application/graphql-response+json` keeps Apollo's 400.
 */
export function legacyJsonStatus<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      if (accept.includes('application/graphql-response+json')) return;
      return {
        async willSendResponse({ response, errors }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
          if (result.data === undefined && codes.length > 0 && codes.every((c) => REQUEST_ERRORS.has(c)) && errors) response.http.status = 200;
        },
      };
    },
  };
}
