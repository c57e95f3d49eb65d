import type { Command } from 'commander';
import { Database } from '../../db/database.js';
import path from 'node:path';
import { embeddedStatus, importIntoEmbedded, startEmbedded, stopEmbedded } from '../../db/embedded.js';
import { importArguments, importCommand } from '../../load/export-csv.js';
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

  db.command('import')
    .description('Bulk-load the CSV files of `export-csv` into the embedded database (stopped; its data is replaced)')
    .argument('<dir>', 'directory written by export-csv')
    .action(async (dir: string) => {
      const config = loadConfig();
      if (!config.embedded) {
        throw new Error(
          `NEO4J_URI is set: run on that server, with the database stopped:\n  ${importCommand(path.resolve(dir), config.neo4jDatabase)}`,
        );
      }
      await importIntoEmbedded(embeddedOptions(config), importArguments(path.resolve(dir)));
      say('Imported. Start the database and apply the schema: npx papergraph db start && npx papergraph db migrate');
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
