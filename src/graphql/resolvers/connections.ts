import { offsetCursor, paperCursor } from '../args.js';
import type { EntityModel, PaperConnectionModel, PaperModel, RankedConnectionModel } from '../models.js';
import type { CooccurringPage } from '../repository.js';

/** A page of papers from `limit + 1` rows: the extra row only says that another page follows. */
export function paperConnection(rows: PaperModel[], size: number, totalCount: () => Promise<number>): PaperConnectionModel {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: paperCursor(node), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/** A page of a ranked list that starts at `offset`. */
export function rankedConnection(
  page: CooccurringPage,
  offset: number,
): RankedConnectionModel {
  const edges = page.edges.map((edge, i) => ({ ...edge, cursor: offsetCursor(offset + i) }));
  return {
    edges,
    pageInfo: { hasNextPage: offset + edges.length < page.total, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.total,
  };
}
