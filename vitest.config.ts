import { defineConfig } from 'vitest/config';

// Two tiers: `unit` (pure code and Cypher text, no database) and `integration`
// (a real embedded Neo4j of its own, started once by the global setup).
// `graphql` ships CommonJS (`main`) and ESM (`module`) builds: Node loads the first for Apollo,
// Vite would pick the second for our sources, and graphql-js refuses types from "another realm".
// One copy for both.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/cypher/**/*.test.ts'],
          globalSetup: ['test/setup/build.ts'],
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/setup/build.ts', 'test/setup/neo4j.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One file at a time in one process: the files share the database and start from a wiped graph.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
