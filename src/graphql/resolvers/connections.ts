import { offsetCursor, paperCursor, type PaperPage } from '../args.js';
import type { PaperConnectionModel, PaperModel, RankedConnectionModel } from '../models.js';
import type { CooccurringPage } from '../repository.js';

/** The `limit` a paper page asks the database for: one more row than it shows. */
export const paperLimit = (page: PaperPage): number => page.size + 1;

/**
 * A page of papers from `size + 1` rows read in the page's direction: the extra row only says
 * that another page follows in that direction (backward rows come oldest first and are turned
 * back). The other direction is known only from the cursor: a page after `after` has one before it.
 */
export function paperConnection(rows: PaperModel[], page: PaperPage, totalCount: () => Promise<number>): PaperConnectionModel {
  const more = rows.length > page.size;
  const shown = rows.slice(0, page.size);
  const nodes = page.backward ? shown.reverse() : shown;
  const edges = nodes.map((node) => ({ cursor: paperCursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.before !== null : more || page.before !== null,
      hasPreviousPage: page.backward ? more || page.after !== null : page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** A page of a ranked list: positions are known, so both directions are exact. */
export function rankedConnection(page: CooccurringPage): RankedConnectionModel {
  const edges = page.edges.map((edge, i) => ({ ...edge, cursor: offsetCursor(page.start + i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.start + edges.length < page.total,
      hasPreviousPage: page.start > 0 && page.total > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.total,
  };
}
