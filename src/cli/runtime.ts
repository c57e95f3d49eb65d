import { loadConfig, type Config } from '../config.js';
import type { EmbeddedOptions } from '../db/embedded.js';

/** Progress lines go to stderr so stdout stays clean for data (NDJSON). */
export const say = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

export function embeddedOptions(config: Config): EmbeddedOptions {
  return {
    home: config.home,
    boltPort: config.boltPort,
    heap: process.env.PAPERGRAPH_NEO4J_HEAP,
    pageCache: process.env.PAPERGRAPH_NEO4J_PAGECACHE,
    log: say,
  };
}

export { loadConfig };
