import { typeOfUid, type EntityType } from './vocabulary.js';

/**
 * Co-occurrence counts are kept on `(a)-[:CO_OCCURS {papers}]->(b)` for the pairs the API
 * ranks by shared papers. Direction is fixed by type so each pair has one relationship: from
 * the earlier type in ORDER to the later one, and within a type by uid order.
 */
const ORDER: Record<EntityType, number> = { Institution: 0, Method: 1, Dataset: 2, Task: 3, Metric: 4 };

/** The type pairs whose shared papers are counted, written `from>to` in ORDER. */
export const TRACKED_PAIRS: ReadonlySet<string> = new Set([
  'Institution>Method',
  'Institution>Dataset',
  'Method>Dataset',
  'Method>Method',
  'Method>Task',
  'Dataset>Task',
  'Dataset>Metric',
  'Task>Metric',
]);

const order = (type: string): number => ORDER[type as EntityType] ?? -1;

/**
 * Which way the relationships run from an entity of type `from` to its co-occurring entities of
 * type `to`: outgoing towards later types, incoming from earlier ones, both within a type. A
 * reader that follows only these skips the entity's other co-occurrence relationships.
 */
export function cooccurrenceDirections(from: string, to: string): { out: boolean; in: boolean } {
  const a = order(from);
  const b = order(to);
  return { out: a <= b, in: a >= b };
}

/** The counted pair of two entities, as [from, to], or null when that pair is not tracked. */
export function trackedPair(a: string, b: string): [string, string] | null {
  if (a === b) return null;
  const [x, y] = order(typeOfUid(a)) < order(typeOfUid(b)) || (typeOfUid(a) === typeOfUid(b) && a < b) ? [a, b] : [b, a];
  return TRACKED_PAIRS.has(`${typeOfUid(x)}>${typeOfUid(y)}`) ? [x, y] : null;
}

export interface PairDelta {
  from: string;
  to: string;
  n: number;
}

/** Net change of every pair count when papers' entity sets change from `before` to `after`. */
export function pairDeltas(changes: Array<{ before: string[]; after: string[] }>): PairDelta[] {
  const deltas = new Map<string, PairDelta>();
  const add = (uids: string[], n: number) => {
    for (let i = 0; i < uids.length; i++) {
      for (let j = i + 1; j < uids.length; j++) {
        const pair = trackedPair(uids[i]!, uids[j]!);
        if (!pair) continue;
        const key = pair.join('|');
        const delta = deltas.get(key) ?? { from: pair[0], to: pair[1], n: 0 };
        delta.n += n;
        deltas.set(key, delta);
      }
    }
  };
  for (const change of changes) {
    add([...new Set(change.before)], -1);
    add([...new Set(change.after)], +1);
  }
  return [...deltas.values()].filter((d) => d.n !== 0).sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1));
}
