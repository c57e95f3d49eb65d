import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import http from 'node:http';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { isTimeout, isUnavailable } from '../db/errors.js';
import { createContext, type Context } from '../graphql/context.js';
import { EntityCache } from '../graphql/entity-cache.js';
import { formatError } from '../graphql/errors.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { loadTypeDefs } from '../graphql/schema.js';
import type { Logger } from './logger.js';
import { mountExplorer } from './explorer.js';

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  url: string;
  stop(): Promise<void>;
}

/** Compares the bearer token with the configured key in constant time. */
export function hasApiKey(header: string | undefined, apiKey: string | undefined): boolean {
  if (!apiKey || !header?.startsWith('Bearer ')) return false;
  const given = createHash('sha256').update(header.slice('Bearer '.length).trim()).digest();
  return timingSafeEqual(given, createHash('sha256').update(apiKey).digest());
}

/** Logs unexpected errors with the request id that the client also receives. */
function errorLogging(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const expected = isUnavailable(error.originalError) || isTimeout(error.originalError);
            if (!expected && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
              logger.error({ err: error.originalError ?? error, requestId: contextValue.requestId }, error.message);
            }
          }
        },
      };
    },
  };
}

/** Builds and starts the HTTP server: GraphQL at /graphql, health probes, the SDL. */
export interface AppOptions {
  /** DataLoader batching and caching (off only for the benchmark's N+1 baseline). */
  batching?: boolean;
}

export async function startApp(config: Config, db: Database, logger: Logger, port = config.port, options: AppOptions = {}): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const typeDefs = loadTypeDefs();
  const armor = new ApolloArmor({
    // Messages name the limit that was hit; formatError strips the numbers before clients see them.
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxTokens: { n: 2000 },
    maxDirectives: { n: 20 },
    // Cost counts list sizes (`first`), so a wide page of wide pages is what it stops.
    costLimit: { maxCost: 50_000 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  const entityCache = new EntityCache();
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers,
    formatError,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    validationRules: protection.validationRules,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the runtime objects are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      errorLogging(logger),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.production ? ApolloServerPluginLandingPageProductionDefault() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
    }
  });
  app.get('/schema.graphql', (_req, res) => {
    res.type('text/plain; charset=utf-8').send(typeDefs);
  });
  mountExplorer(app);
  const corsOptions = config.corsOrigins.length > 0 ? { origin: config.corsOrigins } : { origin: false };
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(corsOptions),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
        res.setHeader('x-request-id', requestId);
        return createContext(
          db,
          requestId,
          {
            enabled: config.apiKey !== undefined,
            authorized: hasApiKey(req.headers.authorization, config.apiKey),
          },
          options.batching ?? true,
        );
      },
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, resolve);
  });
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    httpServer,
    apollo,
    url: `http://localhost:${actualPort}/graphql`,
    stop: () => apollo.stop(),
  };
}
