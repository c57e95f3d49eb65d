import { createHash } from 'node:crypto';
import type { EntityType, ExtractedEntity, ExtractedPaper } from '../extract/types.js';
import { inferHigherIsBetter } from '../graph/direction.js';
import { normalKey } from '../graph/key.js';
import { entityUid, type LinkSource } from '../graph/vocabulary.js';
import type { ResultRow } from '../graph/rows.js';
import { planResults } from './plan-results.js';

export { entityUid } from '../graph/vocabulary.js';
export type { ResultRow } from '../graph/rows.js';

export interface PaperRow {
  id: string;
  /** Its first copy came in an earlier batch: only its sources are new. */
  duplicate: boolean;
  fingerprint: string;
  sources: string[];
  props: Record<string, unknown>;
}
export interface EntityRow {
  uid: string;
  label: EntityType;
  key: string;
  name: string;
  aliases: string[];
  /** Metrics only (null for other types): whether larger values are better. */
  higherIsBetter: boolean | null;
}
export interface AliasRow {
  id: string;
  uid: string;
}
export interface LinkRow {
  paperId: string;
  uid: string;
  type: string;
  evidence: string;
  confidence: number;
  extractor: string;
  /** Where the link comes from (`text` unless the extractor says otherwise). */
  source: LinkSource;
}

/** Everything one batch writes, built without touching the database. */
export interface BatchPlan {
  papers: PaperRow[];
  entities: EntityRow[];
  aliases: AliasRow[];
  links: LinkRow[];
  results: ResultRow[];
  /** Distinct entity uids linked to each paper, for co-occurrence counts. */
  entitySets: Map<string, string[]>;
}

const year = (date: string | undefined): number | null => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);
const sourceText = (paper: ExtractedPaper): string[] => paper.sources.map((s) => `${s.file}:${s.line}`);

function paperProps(paper: ExtractedPaper): Record<string, unknown> {
  return {
    arxivId: paper.arxivId ?? null,
    title: paper.title ?? null,
    abstract: paper.abstract,
    published: paper.published ?? null,
    year: year(paper.published),
    language: paper.language,
    comment: paper.comment ?? null,
    authors: paper.authors,
    categories: paper.categories,
    affiliations: paper.affiliations,
    urls: paper.urls,
    extractor: paper.extractor,
    // Only when set, so real papers keep their fingerprints.
    ...(paper.synthetic ? { synthetic: true } : {}),
  };
}

/** Same paper, extractor and links ⇒ same fingerprint: such papers are skipped on re-runs. */
export function fingerprint(paper: ExtractedPaper): string {
  const content = JSON.stringify([paperProps(paper), paper.entities, paper.results]);
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

/**
 * The first copy of a paper gives its content; copies met later (duplicates from another file
 * or version) only add their sources, so the graph does not depend on which dump came last.
 */
export function mergeDuplicates(papers: ExtractedPaper[]): ExtractedPaper[] {
  const byId = new Map<string, ExtractedPaper>();
  for (const paper of papers) {
    const before = byId.get(paper.id);
    if (!before) {
      byId.set(paper.id, paper);
      continue;
    }
    const seen = new Set<string>();
    const sources = [...before.sources, ...paper.sources].filter(
      (s) => !seen.has(`${s.file}:${s.line}`) && seen.add(`${s.file}:${s.line}`),
    );
    byId.set(paper.id, { ...before, sources });
  }
  return [...byId.values()];
}

/** A metric's direction: as the extractor states it, else read from its name (one shared rule). */
export const directionOf = (entity: Pick<ExtractedEntity, 'type' | 'name' | 'higherIsBetter'>): boolean | null =>
  entity.type === 'Metric' ? (entity.higherIsBetter ?? inferHigherIsBetter(entity.name)) : null;

export function entityRow(entity: Pick<ExtractedEntity, 'type' | 'key' | 'name' | 'aliases' | 'higherIsBetter'>): EntityRow {
  const uid = entityUid(entity.type, entity.key);
  return {
    uid,
    label: entity.type,
    key: entity.key,
    name: entity.name,
    aliases: [...new Set(entity.aliases.filter((a) => a !== entity.name))],
    higherIsBetter: directionOf(entity),
  };
}

/** Adds an entity row to the batch's, or unions its aliases into the one there (the first direction met stays). */
function addEntity(entities: Map<string, EntityRow>, row: EntityRow): void {
  const known = entities.get(row.uid);
  if (!known) entities.set(row.uid, row);
  else known.aliases = [...new Set([...known.aliases, ...row.aliases])];
}

export function planBatch(input: ExtractedPaper[]): BatchPlan {
  const papers = mergeDuplicates(input);
  const entities = new Map<string, EntityRow>();
  const links: LinkRow[] = [];
  const results: ResultRow[] = [];
  const entitySets = new Map<string, string[]>();
  for (const paper of papers) {
    const linked = new Set<string>();
    const linkKeys = new Set<string>();
    const link = (uid: string, type: string, evidence: string, confidence: number, source: LinkSource = 'text') => {
      linked.add(uid);
      if (linkKeys.has(`${uid}|${type}`)) return;
      linkKeys.add(`${uid}|${type}`);
      links.push({ paperId: paper.id, uid, type, evidence, confidence, extractor: paper.extractor, source });
    };
    for (const entity of paper.entities) {
      const row = entityRow(entity);
      addEntity(entities, row);
      link(row.uid, entity.role, entity.evidence, entity.confidence, entity.source);
    }
    const planned = planResults(paper);
    // A result's metric is always an entity: one the extractor did not link is linked here, by the result's sentence.
    for (const { entity, evidence, confidence } of planned.metrics) {
      addEntity(entities, entityRow(entity));
      link(entityUid('Metric', entity.key), 'MEASURED_BY', evidence, confidence);
    }
    results.push(...planned.results);
    entitySets.set(paper.id, [...linked].sort());
  }
  const aliases: AliasRow[] = [];
  for (const entity of entities.values()) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = normalKey(name);
      if (key) aliases.push({ id: entityUid(entity.label, key), uid: entity.uid });
    }
  }
  return {
    papers: papers.map((paper) => ({
      id: paper.id,
      duplicate: paper.duplicate === true,
      fingerprint: fingerprint(paper),
      sources: sourceText(paper),
      props: paperProps(paper),
    })),
    entities: [...entities.values()],
    aliases: dedupeBy(aliases, (a) => `${a.id}|${a.uid}`),
    links,
    results,
    entitySets,
  };
}

function dedupeBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(keyOf(item)) && seen.add(keyOf(item)));
}
