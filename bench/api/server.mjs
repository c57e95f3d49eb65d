// One GraphQL server of the API benchmark, in a process of its own (so the servers do not share
// an event loop with each other or with autocannon). Started by bench/api.mjs with IPC:
//
//   node bench/api/server.mjs --kind papergraph|unbatched|neo4j-graphql --uri bolt://127.0.0.1:7687
//
// Sends {ready: url} once listening; answers {roundTrips: true} with the database round trips
// made so far (papergraph kinds only); {stop: true} closes the server and the driver and exits.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, option } from '../support.mjs';

const kind = option('kind');
const uri = option('uri');
const here = path.dirname(fileURLToPath(import.meta.url));

const { loadConfig } = await load('config.js');
const config = loadConfig({ neo4jUri: uri, logLevel: 'silent' });

async function startPapergraph(batching) {
  const { Database } = await load('db/database.js');
  const { startApp } = await load('server/app.js');
  const { createLogger } = await load('server/logger.js');
  const db = Database.connect(config);
  await db.ping();
  const app = await startApp(config, db, createLogger('silent'), 0, { batching });
  return {
    url: app.url,
    roundTrips: () => db.roundTrips,
    stop: async () => {
      await app.stop();
      await db.close();
    },
  };
}

async function startNeo4jGraphql() {
  // Resolved from the project (dev dependencies), like the compiled code's own imports.
  const require = createRequire(path.join(here, '../../package.json'));
  const { Neo4jGraphQL } = require('@neo4j/graphql');
  const neo4j = require('neo4j-driver');
  const { ApolloServer } = await import(require.resolve('@apollo/server'));
  const { startStandaloneServer } = await import(require.resolve('@apollo/server/standalone'));
  const driver = neo4j.driver(config.boltUri, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword));
  await driver.verifyConnectivity();
  const typeDefs = readFileSync(path.join(here, 'neo4j-graphql.graphql'), 'utf8');
  // String comparisons (published >= "2020") are off by default in @neo4j/graphql.
  const features = { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } };
  const schema = await new Neo4jGraphQL({ typeDefs, driver, features }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    roundTrips: () => null,
    stop: async () => {
      await server.stop();
      await driver.close();
    },
  };
}

const started =
  kind === 'neo4j-graphql'
    ? await startNeo4jGraphql()
    : kind === 'papergraph' || kind === 'unbatched'
      ? await startPapergraph(kind === 'papergraph')
      : null;
if (!started) {
  console.error(`unknown --kind ${kind}`);
  process.exit(2);
}

process.on('message', async (message) => {
  if (message?.roundTrips) process.send({ roundTrips: started.roundTrips() });
  if (message?.stop) {
    await started.stop();
    process.disconnect();
    process.exit(0);
  }
});
// The parent went away without saying stop (killed, crashed): do not linger.
process.on('disconnect', () => process.exit(0));
process.send({ ready: started.url.replace('localhost', '127.0.0.1') });
