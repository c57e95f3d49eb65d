import { createHash } from 'node:crypto';
import type { EntityType, ExtractedEntity, ExtractedPaper } from '../extract/types.js';
import { entityUid } from '../graph/vocabulary.js';
import type { ResultRow } from '../graph/rows.js';
import { normalKey } from '../resolve/index.js';

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

function entityRow(entity: ExtractedEntity): EntityRow {
  const uid = entityUid(entity.type, entity.key);
  return {
    uid,
    label: entity.type,
    key: entity.key,
    name: entity.name,
    aliases: [...new Set(entity.aliases.filter((a) => a !== entity.name))],
  };
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
    for (const entity of paper.entities) {
      const row = entityRow(entity);
      const known = entities.get(row.uid);
      if (known) known.aliases = [...new Set([...known.aliases, ...row.aliases])];
      else entities.set(row.uid, row);
      linked.add(row.uid);
      const type = entity.role;
      if (linkKeys.has(`${row.uid}|${type}`)) continue;
      linkKeys.add(`${row.uid}|${type}`);
      links.push({
        paperId: paper.id,
        uid: row.uid,
        type,
        evidence: entity.evidence,
        confidence: entity.confidence,
        extractor: paper.extractor,
      });
    }
    entitySets.set(paper.id, [...linked].sort());
    paper.results.forEach((result, index) => {
      const methodUid = result.method ? entityUid('Method', normalKeyOf(paper, 'Method', result.method)) : null;
      const datasetUid = result.dataset ? entityUid('Dataset', normalKeyOf(paper, 'Dataset', result.dataset)) : null;
      results.push({
        key: `${paper.id}#${index}`,
        paperId: paper.id,
        metric: result.metric,
        value: result.value,
        score: result.score ?? null,
        evidence: result.evidence,
        methodUid: methodUid && linked.has(methodUid) ? methodUid : null,
        datasetUid: datasetUid && linked.has(datasetUid) ? datasetUid : null,
      });
    });
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

/** A result names its method/dataset as written; find the linked entity with that name or alias. */
function normalKeyOf(paper: ExtractedPaper, type: EntityType, name: string): string {
  const key = normalKey(name);
  const match = paper.entities.find(
    (e) => e.type === type && (e.key === key || normalKey(e.name) === key || e.aliases.some((a) => normalKey(a) === key)),
  );
  return match?.key ?? key;
}

function dedupeBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(keyOf(item)) && seen.add(keyOf(item)));
}
