import type { RecordShape } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { isUnavailable } from '../db/errors.js';
import type { ExtractedPaper } from '../extract/types.js';
import { pairDeltas } from '../graph/cooccurrence.js';
import { planBatch, type BatchPlan } from './plan.js';

export interface BatchOutcome {
  /** Papers written (new or changed). */
  written: number;
  /** Papers already loaded with the same content, extractor and links. */
  unchanged: number;
  links: number;
  entities: number;
  rejected: Array<{ id: string; reason: string }>;
  /** Ids of the papers written (new or changed), for callers that report paper by paper. */
  writtenIds: string[];
}

interface ExistingRow {
  id: string;
  fingerprint: string | null;
  sources: string[];
  entities: string[];
}

/** Sources already stored come first; new ones are appended (a paper met in another file). */
const unionSources = (stored: string[], incoming: string[]) => [...new Set([...stored, ...incoming])];

/**
 * Writes one batch of extracted papers in one transaction: it either lands whole or not at all,
 * so a run killed at any moment and started again converges to the graph of a clean run.
 * Papers whose fingerprint is already stored are skipped (finished work is not redone).
 */
export interface BatchOptions {
  /**
   * Most rows one statement carries (default: all). 1 turns every UNWIND into one statement per
   * row — the same writes, unbatched — which is how the benchmark's naive loader runs.
   */
  rowsPerStatement?: number;
}

export async function loadBatch(db: Database, papers: ExtractedPaper[], options: BatchOptions = {}): Promise<BatchOutcome> {
  const plan = planBatch(papers);
  const size = options.rowsPerStatement ?? Infinity;
  return db.writeWork(async (runOne) => {
    /** Runs `name` over `rows` as the list parameter `key`, `size` rows a statement. */
    const run = async <R extends RecordShape = RecordShape>(name: string, params: Record<string, unknown[]>): Promise<R[]> => {
      const [[key, rows]] = Object.entries(params) as [[string, unknown[]]];
      if (rows.length <= size) return runOne<R>(name, params);
      const out: R[] = [];
      for (let i = 0; i < rows.length; i += size) out.push(...(await runOne<R>(name, { [key]: rows.slice(i, i + size) })));
      return out;
    };
    const existing = new Map((await run<ExistingRow>('load-existing', { ids: plan.papers.map((p) => p.id) })).map((row) => [row.id, row]));
    const changed = new Set<string>();
    const sourceUpdates: Array<{ id: string; sources: string[] }> = [];
    for (const paper of plan.papers) {
      const before = existing.get(paper.id);
      const sources = unionSources(before?.sources ?? [], paper.sources);
      paper.sources = sources;
      const contentKnown = before !== undefined && (before.fingerprint === paper.fingerprint || paper.duplicate);
      if (!contentKnown) changed.add(paper.id);
      else if (sources.length !== before.sources.length) sourceUpdates.push({ id: paper.id, sources });
    }
    const write = restrict(plan, changed);
    if (write.papers.length > 0) {
      const deltas = pairDeltas(
        write.papers.map((p) => ({ before: existing.get(p.id)?.entities ?? [], after: plan.entitySets.get(p.id) ?? [] })),
      );
      const reloaded = write.papers.filter((p) => existing.has(p.id)).map((p) => p.id);
      if (reloaded.length > 0) await run('load-unlink', { ids: reloaded });
      await run('load-papers', { papers: write.papers });
      await run('load-entities', { entities: write.entities });
      await run('load-aliases', { aliases: write.aliases });
      await run('load-links', { links: write.links });
      // Same transaction: the watermark and the links that are new to their paper (see load-watermark).
      const fresh = write.links.filter((l) => !(existing.get(l.paperId)?.entities ?? []).includes(l.uid));
      await runOne('load-watermark', { links: fresh.map(({ paperId, uid, type }) => ({ paperId, uid, type })) });
      if (write.results.length > 0) await run('load-results', { results: write.results });
      if (deltas.length > 0) await run('load-cooccurrence', { deltas });
      const counts = countDeltas(
        write.papers.map((p) => ({ before: existing.get(p.id)?.entities ?? [], after: plan.entitySets.get(p.id) ?? [] })),
      );
      if (counts.length > 0) await run('load-paper-counts', { counts });
      const previous = [...new Set(write.papers.flatMap((p) => existing.get(p.id)?.entities ?? []))];
      if (previous.length > 0) await run('load-orphans', { uids: previous });
    }
    if (sourceUpdates.length > 0) await run('load-sources', { papers: sourceUpdates });
    return {
      written: write.papers.length,
      unchanged: plan.papers.length - write.papers.length,
      links: write.links.length,
      entities: write.entities.length,
      rejected: [],
      writtenIds: write.papers.map((p) => p.id),
    };
  });
}

/** Net change of each entity's number of linked papers when papers' entity sets change. */
export function countDeltas(changes: Array<{ before: string[]; after: string[] }>): Array<{ uid: string; n: number }> {
  const deltas = new Map<string, number>();
  for (const { before, after } of changes) {
    for (const uid of new Set(before)) deltas.set(uid, (deltas.get(uid) ?? 0) - 1);
    for (const uid of new Set(after)) deltas.set(uid, (deltas.get(uid) ?? 0) + 1);
  }
  return [...deltas].filter(([, n]) => n !== 0).map(([uid, n]) => ({ uid, n }));
}

/** The part of a plan that concerns the papers in `ids`. */
function restrict(plan: BatchPlan, ids: Set<string>): Omit<BatchPlan, 'entitySets'> {
  const links = plan.links.filter((l) => ids.has(l.paperId));
  const uids = new Set(links.map((l) => l.uid));
  return {
    papers: plan.papers.filter((p) => ids.has(p.id)),
    entities: plan.entities.filter((e) => uids.has(e.uid)),
    aliases: plan.aliases.filter((a) => uids.has(a.uid)),
    links,
    results: plan.results.filter((r) => ids.has(r.paperId)),
  };
}

/**
 * Loads a batch; when the database rejects it for a reason other than an outage, splits it to
 * find the records at fault, reports them, and still loads the good ones.
 */
export async function loadBatchIsolating(db: Database, papers: ExtractedPaper[]): Promise<BatchOutcome> {
  try {
    return await loadBatch(db, papers);
  } catch (error) {
    if (isUnavailable(error)) throw error;
    if (papers.length === 1) {
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      return { written: 0, unchanged: 0, links: 0, entities: 0, rejected: [{ id: papers[0]!.id, reason }], writtenIds: [] };
    }
    const middle = Math.ceil(papers.length / 2);
    const [left, right] = [await loadBatchIsolating(db, papers.slice(0, middle)), await loadBatchIsolating(db, papers.slice(middle))];
    return {
      written: left.written + right.written,
      unchanged: left.unchanged + right.unchanged,
      links: left.links + right.links,
      entities: left.entities + right.entities,
      rejected: [...left.rejected, ...right.rejected],
      writtenIds: [...left.writtenIds, ...right.writtenIds],
    };
  }
}
