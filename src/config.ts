import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository (or installed package) root: dist/ and src/ both sit one level below it. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const uriSchema = z
  .string()
  .trim()
  .refine((value) => /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s:]+(:\d{1,5})?\/?$/.test(value), {
    message: 'must look like bolt://host:7687, neo4j://host:7687 or neo4j+s://host (scheme bolt, bolt+s, neo4j, neo4j+s)',
  });

const portSchema = (name: string) =>
  z.coerce
    .number({ invalid_type_error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`);

const configSchema = z.object({
  neo4jUri: uriSchema.optional(),
  neo4jUser: z.string().min(1).default('neo4j'),
  neo4jPassword: z.string().default(''),
  neo4jDatabase: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'must be a database name such as neo4j')
    .default('neo4j'),
  port: portSchema('PORT').default(4000),
  home: z.string().min(1),
  boltPort: portSchema('PAPERGRAPH_BOLT_PORT').default(7687),
  apiKey: z.string().min(16, 'PAPERGRAPH_API_KEY must be at least 16 characters').optional(),
  corsOrigins: z.array(z.string()).default([]),
  queryTimeoutMs: z.coerce.number().int().positive().default(10_000),
  production: z.boolean().default(false),
  /** Requests per client (API key, else IP) per minute; 0 turns rate limiting off. Default: off in development, 600 in production. */
  rateLimit: z.coerce.number().int('PAPERGRAPH_RATE_LIMIT must be a whole number').min(0, 'PAPERGRAPH_RATE_LIMIT must be 0 (off) or more').optional(),
  /** How many proxies in front of the server to trust for the client's address (X-Forwarded-For); 0: none. */
  trustProxy: z.coerce.number().int().min(0, 'PAPERGRAPH_TRUST_PROXY must be 0 or more').default(0),
  /** How often the server reads the ingest watermark for subscriptions and its name cache; 0 turns polling off. */
  pollMs: z.coerce.number().int().min(0, 'PAPERGRAPH_POLL_MS must be 0 (off) or more').default(1_000),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Omit<z.infer<typeof configSchema>, 'rateLimit'> & {
  /** Requests per client per minute (0: off). */
  rateLimit: number;
  /** True when papergraph runs its own Neo4j (NEO4J_URI unset). */
  embedded: boolean;
  /** The URI the driver connects to: NEO4J_URI, or the embedded instance's loopback Bolt address. */
  boltUri: string;
};

export type ConfigOverrides = Partial<z.input<typeof configSchema>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const emptyToUndefined = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value);

/** Reads configuration in one place: explicit option, then environment, then default. */
export function loadConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const fromEnv = {
    neo4jUri: emptyToUndefined(env.NEO4J_URI),
    neo4jUser: emptyToUndefined(env.NEO4J_USER ?? env.NEO4J_USERNAME),
    neo4jPassword: env.NEO4J_PASSWORD,
    neo4jDatabase: emptyToUndefined(env.NEO4J_DATABASE),
    port: emptyToUndefined(env.PORT),
    home: emptyToUndefined(env.PAPERGRAPH_HOME) ?? path.join(PROJECT_ROOT, '.papergraph'),
    boltPort: emptyToUndefined(env.PAPERGRAPH_BOLT_PORT),
    apiKey: emptyToUndefined(env.PAPERGRAPH_API_KEY),
    corsOrigins: emptyToUndefined(env.CORS_ORIGINS)
      ?.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    queryTimeoutMs: emptyToUndefined(env.PAPERGRAPH_QUERY_TIMEOUT_MS),
    production: env.NODE_ENV === 'production',
    rateLimit: emptyToUndefined(env.PAPERGRAPH_RATE_LIMIT),
    trustProxy: emptyToUndefined(env.PAPERGRAPH_TRUST_PROXY),
    pollMs: emptyToUndefined(env.PAPERGRAPH_POLL_MS),
    logLevel: emptyToUndefined(env.LOG_LEVEL),
  };
  const merged: Record<string, unknown> = { ...fromEnv };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${envName(String(issue.path[0]))}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const config = parsed.data;
  const embedded = config.neo4jUri === undefined;
  return {
    ...config,
    home: path.resolve(config.home),
    rateLimit: config.rateLimit ?? (config.production ? 600 : 0),
    embedded,
    boltUri: config.neo4jUri ?? `bolt://127.0.0.1:${config.boltPort}`,
  };
}

const ENV_NAMES: Record<string, string> = {
  neo4jUri: 'NEO4J_URI',
  neo4jUser: 'NEO4J_USER',
  neo4jPassword: 'NEO4J_PASSWORD',
  neo4jDatabase: 'NEO4J_DATABASE',
  port: 'PORT',
  home: 'PAPERGRAPH_HOME',
  boltPort: 'PAPERGRAPH_BOLT_PORT',
  apiKey: 'PAPERGRAPH_API_KEY',
  corsOrigins: 'CORS_ORIGINS',
  queryTimeoutMs: 'PAPERGRAPH_QUERY_TIMEOUT_MS',
  rateLimit: 'PAPERGRAPH_RATE_LIMIT',
  trustProxy: 'PAPERGRAPH_TRUST_PROXY',
  pollMs: 'PAPERGRAPH_POLL_MS',
  logLevel: 'LOG_LEVEL',
};

function envName(key: string): string {
  return ENV_NAMES[key] ?? key;
}
