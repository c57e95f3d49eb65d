import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { cypher, statements } from '../../src/db/cypher.js';

const names = readdirSync(path.join(PROJECT_ROOT, 'cypher'))
  .filter((file) => file.endsWith('.cypher'))
  .map((file) => file.replace(/\.cypher$/, ''));

describe('cypher/ files', () => {
  it('expands includes: the page and the count of papers share one candidate clause', () => {
    const page = cypher('api-papers');
    const count = cypher('api-papers-count');
    const shared = cypher('fragment-papers-matching');
    expect(page).toContain(shared);
    expect(count).toContain(shared);
    expect(page).not.toMatch(/@include/);
    expect(page).toMatch(/ORDER BY sort DESC, p\.id\s+LIMIT \$limit$/);
    expect(count).toMatch(/RETURN count\(p\) AS total$/);
  });

  it.each(names)('%s expands to a statement with no unresolved include', (name) => {
    const text = cypher(name);
    expect(text).not.toMatch(/@include/);
    expect(text.length).toBeGreaterThan(20);
  });

  it('splits the schema into idempotent statements', () => {
    const all = statements('schema');
    expect(all.length).toBeGreaterThanOrEqual(13);
    for (const statement of all) expect(statement).toMatch(/IF (NOT )?EXISTS/);
  });
});
