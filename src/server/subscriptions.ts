import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Context } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { MAX_TOKENS } from './limits.js';

/**
 * graphql-ws on the GraphQL URL (`ws://host/graphql`), for subscriptions only: queries and
 * mutations go over HTTP, where CSRF prevention, the API key and rate limits apply (a browser
 * page on any origin can open a WebSocket, so nothing that writes is offered here). Documents
 * get the same token limit and validation rules as over HTTP.
 */
export function serveSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  context: (requestId: string) => Context,
): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const refuse = (message: string, code = 'GRAPHQL_VALIDATION_FAILED') => [new GraphQLError(message, { extensions: { code } })];
  const cleanup = useServer(
    {
      schema,
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refuse('The document names no operation to run.');
        if (operation.operation !== 'subscription') return refuse('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.');
        const errors = validate(schema, document, [...specifiedRules, ...rules]);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context(randomUUID()),
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatAsError(e)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        'errors' in result && result.errors ? { ...result, errors: result.errors.map((e) => formatAsError(e)) } : result,
    },
    wss,
  );
  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** The same masking as over HTTP (formatError), as a GraphQLError again for graphql-ws. */
function formatAsError(error: GraphQLError): GraphQLError {
  const formatted = formatError(error.toJSON(), error);
  return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
}

