import type { Command } from 'commander';
import { Database } from '../../db/database.js';
import { embeddedStatus, startEmbedded, stopEmbedded } from '../../db/embedded.js';
import { embeddedOptions, loadConfig, say } from '../runtime.js';

export function register(program: Command): void {
  const db = program.command('db').description('Manage the database: the embedded Neo4j and schema migrations');

  db.command('start')
    .description('Start the embedded Neo4j (no-op when it already runs); waits until Bolt answers')
    .action(async () => {
      const config = loadConfig();
      if (!config.embedded) return say(`NEO4J_URI is set (${config.boltUri}); nothing to start.`);
      const { started, pid } = await startEmbedded(embeddedOptions(config));
      say(`${started ? 'Started' : 'Already running:'} embedded Neo4j (pid ${pid}) at ${config.boltUri}`);
    });

  db.command('stop')
    .description('Stop the embedded Neo4j')
    .action(async () => {
      const config = loadConfig();
      const stopped = await stopEmbedded(embeddedOptions(config));
      say(stopped ? 'Stopped embedded Neo4j' : 'Embedded Neo4j was not running');
    });

  db.command('status')
    .description('Report whether the embedded Neo4j runs (exit 3 when it does not)')
    .action(async () => {
      const config = loadConfig();
      const status = await embeddedStatus(embeddedOptions(config));
      process.stdout.write(`${JSON.stringify({ ...status, uri: config.boltUri, embedded: config.embedded })}\n`);
      if (!status.running) process.exitCode = 3;
    });

  db.command('migrate')
    .description('Create constraints and indexes (idempotent)')
    .action(async () => {
      const config = loadConfig();
      const database = Database.connect(config);
      try {
        await database.ping();
        const count = await database.migrate();
        say(`Applied ${count} schema statements to ${config.boltUri}`);
      } finally {
        await database.close();
      }
    });
}
