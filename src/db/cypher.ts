import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { ENTITY_TYPES, ROLE_PATTERN } from '../graph/vocabulary.js';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

const INCLUDE = /^\/\/ @include ([\w-]+)$/gm;

/** Vocabulary placeholders: Cypher names roles and labels with the spellings of src/graph. */
const VOCABULARY: Record<string, string> = { '{{ROLES}}': ROLE_PATTERN, '{{ENTITY_LABELS}}': ENTITY_TYPES.join('|') };

/**
 * The text of `cypher/<name>.cypher`, read once. Every statement the app runs lives there; a line
 * `// @include <fragment>` stands for that file's text, so twin statements share their clauses,
 * and `{{ROLES}}` / `{{ENTITY_LABELS}}` stand for the vocabulary's relationship types and labels.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
      .trim()
      .replace(INCLUDE, (_, fragment: string) => cypher(fragment))
      .replace(/\{\{[A-Z_]+\}\}/g, (token) => VOCABULARY[token] ?? token);
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements (schema migrations) on `;` at line ends, dropping `//` comments. */
export function statements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}
