/**
 * Co-occurrence counts are kept on `(a)-[:CO_OCCURS {papers}]->(b)` for the pairs the API
 * ranks by shared papers. Direction is fixed by type so each pair has one relationship:
 * Institution→Method, Institution→Dataset, Method→Dataset, and Method→Method by uid order.
 */
const ORDER: Record<string, number> = { Institution: 0, Method: 1, Dataset: 2 };
/** The entity type an entity uid (`<Type>:<key>`) starts with. */
export const typeOfUid = (uid: string): string => uid.slice(0, uid.indexOf(':'));

/**
 * Which way the relationships run from an entity of type `from` to its co-occurring entities of
 * type `to`: outgoing towards later types, incoming from earlier ones, both within a type. A
 * reader that follows only these skips the entity's other co-occurrence relationships.
 */
export function cooccurrenceDirections(from: string, to: string): { out: boolean; in: boolean } {
  const a = ORDER[from] ?? -1;
  const b = ORDER[to] ?? -1;
  return { out: a <= b, in: a >= b };
}

/** The counted pair of two entities, as [from, to], or null when that pair is not tracked. */
export function trackedPair(a: string, b: string): [string, string] | null {
  if (a === b) return null;
  const [x, y] = ORDER[typeOfUid(a)]! < ORDER[typeOfUid(b)]! || (typeOfUid(a) === typeOfUid(b) && a < b) ? [a, b] : [b, a];
  const pair = `${typeOfUid(x)}>${typeOfUid(y)}`;
  return pair === 'Institution>Method' || pair === 'Institution>Dataset' || pair === 'Method>Dataset' || pair === 'Method>Method'
    ? [x, y]
    : null;
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
