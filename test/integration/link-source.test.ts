import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedPaper } from '../../src/extract/types.js';
import { loadPapers } from '../../src/load/pipeline.js';
import { paper } from '../fixtures/leaderboards/papers.js';
import { wipe } from '../support/graph.js';
import { gql } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Where a link comes from travels from the extractor's output through the loader to GraphQL. */
let server: TestServer;

const header: ExtractedPaper = (() => {
  const p = paper('test:link-source', '2024-03-01', [
    ['Method', 'HeaderNet', 'PROPOSES'],
    ['Institution', 'Example Institute of Technology', 'AFFILIATED_WITH'],
  ], []);
  p.entities[1] = { ...p.entities[1]!, source: 'header', confidence: 0.75, evidence: 'Affiliation line of the dump: Example Institute of Technology' };
  p.entities[0] = { ...p.entities[0]!, source: 'text' };
  return p;
})();

beforeAll(async () => {
  server = await startTestServer();
  await server.db.migrate();
  await wipe(server.db);
  await loadPapers(
    server.db,
    (async function* () {
      yield header;
    })(),
    { batchSize: 10 },
  );
});
afterAll(async () => {
  await wipe(server.db);
  await server.close();
});

describe('link provenance', () => {
  it('says which links come from an affiliation header line and which from the text, with their evidence', async () => {
    const { body } = await gql(server.url, '{ paper(id: "test:link-source") { entities { role source confidence evidence entity { name } } } }');
    expect(body.errors).toBeUndefined();
    const links = body.data.paper.entities;
    expect(links).toContainEqual({
      role: 'AFFILIATED_WITH',
      source: 'HEADER',
      confidence: 0.75,
      evidence: 'Affiliation line of the dump: Example Institute of Technology',
      entity: { name: 'Example Institute of Technology' },
    });
    expect(links.find((l: { role: string }) => l.role === 'PROPOSES')).toMatchObject({ source: 'TEXT', entity: { name: 'HeaderNet' } });
  });
});
