import type { ConfigOverrides } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { startApp, type App } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { testConfig } from './db.js';

export interface TestServer {
  app: App;
  db: Database;
  url: string;
  close(): Promise<void>;
}

/** An API server on a free port over the test run's Neo4j, with its own driver (own round-trip count). */
export async function startTestServer(overrides: ConfigOverrides = {}): Promise<TestServer> {
  const config = testConfig(overrides);
  const db = Database.connect(config);
  const app = await startApp(config, db, createLogger('silent'), 0);
  return {
    app,
    db,
    url: app.url,
    close: async () => {
      await app.stop();
      await db.close();
    },
  };
}
