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
import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import express from 'express';
import http from 'node:http';
import type { Config } from '../config.js';
import { Database } from '../db/database.js';
import { isTimeout, isUnavailable } from '../db/errors.js';
import { createContext, type Context, type IngestAccess } from '../graphql/context.js';
import { EntityCache } from '../graphql/entity-cache.js';
import { formatError } from '../graphql/errors.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { loadTypeDefs } from '../graphql/schema.js';
import type { Logger } from './logger.js';
import { mountExplorer } from './explorer.js';
import { ExtractThread } from './extract-thread.js';
import { errorHandler, legacyJsonStatus, sendGraphQLError } from './http-errors.js';
import { ingestService } from './ingest-service.js';
import { MAX_TOKENS, maxFields } from './limits.js';
import { WatermarkFeed } from './link-feed.js';
import { rateLimiter } from './rate-limit.js';
import { serveSubscriptions } from './subscriptions.js';

/** Body limits: anonymous requests are reads; a request with the API key may carry an ingest call (50 × 20,000 characters). */
export const BODY_LIMIT = '100kb';
export const KEYED_BODY_LIMIT = '4mb';

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  url: string;
  /** The ingest watermark poller behind subscriptions and the name cache. */
  feed: WatermarkFeed;
  entityCache: EntityCache;
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

/**
 * CSRF prevention for what can change state. A browser on another origin can send GET and
 * "simple" POSTs (form and text/plain bodies) without asking first; so POST bodies must be
 * application/json, which only a CORS-preflighted request can send, and GET may only run
 * queries (Apollo answers 405 to a mutation over GET). A cross-origin GET query runs, but the
 * page cannot read the answer unless CORS_ORIGINS lets it.
 */
const csrfGuard: express.RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === 'application/graphql-response+json') return next();
  sendGraphQLError(res, type === '' ? 400 : 415, 'BAD_REQUEST', 'POST bodies must be JSON with Content-Type: application/json.');
};

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
    // Tokens are limited by graphql-js itself (parseOptions below): armor's plugin answered 500.
    maxDepth: { n: 10 },
    // `__typename` counts like any other field (armor's default list exempts it).
    maxAliases: { n: 15, allowList: [] },
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    // Cost counts list sizes (`first`), so a wide page of wide pages is what it stops.
    costLimit: { maxCost: 50_000 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  const validationRules = [...protection.validationRules, maxFields()];
  const schema = makeExecutableSchema({ typeDefs, resolvers: resolvers as Parameters<typeof makeExecutableSchema>[0]['resolvers'] });
  // One name cache for the whole server, cleared whenever the ingest watermark moves: an ingest by
  // this server or by any other process (seen within one poll).
  const entityCache = new EntityCache();
  // Same driver, own Database: the poller's reads are not the requests' round trips (which tests count).
  const pollDb = new Database(db.driver, { boltUri: db.uri, neo4jDatabase: db.name, queryTimeoutMs: config.queryTimeoutMs });
  const feed = new WatermarkFeed(pollDb, logger, config.pollMs);
  feed.onMoved(() => entityCache.clear());
  feed.start();
  const extractor = new ExtractThread();
  const ingest = config.apiKey !== undefined ? ingestService(db, extractor) : undefined;
  const contextFor = (requestId: string, access: IngestAccess) =>
    createContext(db, requestId, access, { batching: options.batching ?? true, entityCache, links: feed });
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // CSRF prevention is ours (csrfGuard below): GET queries are allowed, mutations never go over GET.
    csrfPrevention: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    validationRules,
    plugins: [
      legacyJsonStatus(),
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
  if (config.trustProxy > 0) app.set('trust proxy', config.trustProxy);
  const corsOptions = config.corsOrigins.length > 0 ? { origin: config.corsOrigins } : { origin: false };
  const anonymousBody = express.json({ limit: BODY_LIMIT });
  const keyedBody = express.json({ limit: KEYED_BODY_LIMIT });
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(corsOptions),
    ...(config.rateLimit > 0 ? [rateLimiter(config.rateLimit)] : []),
    csrfGuard,
    (req, res, next) => (hasApiKey(req.headers.authorization, config.apiKey) ? keyedBody : anonymousBody)(req, res, next),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
        res.setHeader('x-request-id', requestId);
        return contextFor(requestId, {
          enabled: ingest !== undefined,
          authorized: hasApiKey(req.headers.authorization, config.apiKey),
          service: ingest,
        });
      },
    }),
  );
  app.use(errorHandler(logger));
  const subscriptions = serveSubscriptions(httpServer, schema, validationRules, (requestId) =>
    contextFor(requestId, { enabled: false, authorized: false }),
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
    feed,
    entityCache,
    stop: async () => {
      await feed.stop();
      await subscriptions.close();
      await apollo.stop();
      await extractor.close();
    },
  };
}
