import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs to stderr; `LOG_LEVEL=silent` in tests. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'papergraph' } }, pino.destination(2));
}
