import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';

/** Empties the database (integration files run one at a time, each from a clean graph). */
export async function wipe(db: Database): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

export interface GraphShape {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  /** Hash of every node's key and properties and every relationship's endpoints and properties. */
  fingerprint: string;
}

/** A description of the whole graph that two equal graphs share and any difference changes. */
export async function graphShape(db: Database): Promise<GraphShape> {
  const session = db.driver.session();
  try {
    const nodes = await session.run(
      `MATCH (n) WHERE NOT n:IngestWatermark RETURN labels(n) AS labels, coalesce(n.uid, n.id, n.key) AS key, properties(n) AS props ORDER BY key`,
    );
    const rels = await session.run(
      `MATCH (a)-[r]->(b) RETURN coalesce(a.uid, a.id, a.key) AS from, type(r) AS type, coalesce(b.uid, b.id, b.key) AS to, properties(r) AS props
       ORDER BY from, type, to`,
    );
    const hash = createHash('sha256');
    const byLabel: Record<string, number> = {};
    const byType: Record<string, number> = {};
    // Rows are sorted as text: an Alias and its entity share a key, so ORDER BY alone can tie.
    const nodeRows: string[] = [];
    for (const record of nodes.records) {
      const labels = (record.get('labels') as string[]).sort();
      for (const label of labels) byLabel[label] = (byLabel[label] ?? 0) + 1;
      nodeRows.push(JSON.stringify([labels, record.get('key'), sortKeys(record.get('props'))]));
    }
    for (const row of nodeRows.sort()) hash.update(row);
    const relRows = rels.records
      .map((record) => JSON.stringify([record.get('from'), record.get('type'), record.get('to'), sortKeys(record.get('props'))]))
      .sort();
    for (const record of rels.records) byType[record.get('type')] = (byType[record.get('type')] ?? 0) + 1;
    for (const row of relRows) hash.update(row);
    return { nodes: nodes.records.length, relationships: rels.records.length, byLabel, byType, fingerprint: hash.digest('hex') };
  } finally {
    await session.close();
  }
}

/** The ingest watermark's stamps (`seq`, `linkSeq`) say when, not what: two equal graphs may differ in them. */
const BOOKKEEPING = new Set(['seq', 'linkSeq']);

function sortKeys(value: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(value)
    .filter(([key]) => !BOOKKEEPING.has(key))
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Rows of a Cypher statement as plain objects, for tests that check the graph directly. */
export async function cypherRows(db: Database, text: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, any>>> {
  const session = db.driver.session();
  try {
    return (await session.run(text, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}
