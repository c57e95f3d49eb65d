import { Command, CommanderError } from 'commander';
import { register as registerDb } from './commands/db.js';
import { register as registerParse } from './commands/parse.js';
import { register as registerExtract } from './commands/extract.js';
import { register as registerEval } from './commands/eval.js';
import { register as registerGenerate } from './commands/generate.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerIngest, registerExport } from './commands/ingest.js';

/** Builds the `papergraph` program; each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('papergraph')
    .description('Research-literature knowledge graph: ingest abstracts, extract entities, serve GraphQL over Neo4j')
    .showHelpAfterError();
  for (const register of [
    registerDb,
    registerParse,
    registerExtract,
    registerEval,
    registerGenerate,
    registerIngest,
    registerExport,
    registerServe,
  ]) {
    register(program);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`papergraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
