import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import type { ExtractedPaper } from '../extract/types.js';
import { pairDeltas } from '../graph/cooccurrence.js';
import { CsvFile } from './csv.js';
import { planBatch, type EntityRow } from './plan.js';

export interface ExportSummary {
  dir: string;
  files: Record<string, number>;
}

/**
 * Writes what the loader would create as CSV files for `neo4j-admin database import full`.
 * Paper-level rows stream to disk; entities, aliases and co-occurrence counts (far fewer than
 * papers) are aggregated in memory. Papers met again (duplicates) contribute their sources only.
 */
export async function exportCsv(papers: AsyncIterable<ExtractedPaper>, dir: string): Promise<ExportSummary> {
  mkdirSync(dir, { recursive: true });
  const file = (name: string, header: string[]) => new CsvFile(path.join(dir, name), header);
  const pending = path.join(dir, '.papers.ndjson');
  const staged = createWriteStream(pending);
  const links = file('links.csv', [':START_ID(Paper)', ':END_ID(Entity)', ':TYPE', 'evidence', 'confidence:double', 'extractor', 'source']);
  const results = file('results.csv', [
    'key:ID(Result)',
    'metric',
    'value',
    'score:double',
    'unit',
    'kind',
    'evidence',
    'confidence:double',
    ':LABEL',
  ]);
  const reports = file('reports.csv', [':START_ID(Paper)', ':END_ID(Result)', ':TYPE']);
  const resultLinks = file('result-entities.csv', [':START_ID(Result)', ':END_ID(Entity)', ':TYPE']);
  const entities = new Map<string, EntityRow & { papers: number }>();
  const aliases = new Map<string, Set<string>>();
  const cooccurrence = new Map<string, { from: string; to: string; n: number }>();
  const sources = new Map<string, string[]>();

  for await (const paper of papers) {
    const plan = planBatch([paper]);
    const row = plan.papers[0]!;
    if (sources.has(row.id)) {
      sources.set(row.id, [...new Set([...sources.get(row.id)!, ...row.sources])]);
      continue;
    }
    sources.set(row.id, row.sources);
    if (!staged.write(`${JSON.stringify(row)}\n`)) await once(staged, 'drain');
    for (const entity of plan.entities) {
      const known = entities.get(entity.uid);
      if (known) known.aliases = [...new Set([...known.aliases, ...entity.aliases])];
      else entities.set(entity.uid, { ...entity, papers: 0 });
    }
    for (const uid of plan.entitySets.get(row.id) ?? []) entities.get(uid)!.papers += 1;
    for (const alias of plan.aliases) aliases.set(alias.id, (aliases.get(alias.id) ?? new Set()).add(alias.uid));
    for (const link of plan.links) await links.write([link.paperId, link.uid, link.type, link.evidence, link.confidence, link.extractor, link.source]);
    for (const delta of pairDeltas([{ before: [], after: plan.entitySets.get(row.id) ?? [] }])) {
      const key = `${delta.from}|${delta.to}`;
      const known = cooccurrence.get(key);
      if (known) known.n += delta.n;
      else cooccurrence.set(key, { ...delta });
    }
    for (const result of plan.results) {
      const { key } = result;
      await results.write([key, result.metric, result.value, result.score, result.unit, result.kind, result.evidence, result.confidence, 'Result']);
      await reports.write([result.paperId, key, 'REPORTS']);
      if (result.methodUid) await resultLinks.write([key, result.methodUid, 'FOR_METHOD']);
      if (result.datasetUid) await resultLinks.write([key, result.datasetUid, 'ON_DATASET']);
      if (result.taskUid) await resultLinks.write([key, result.taskUid, 'FOR_TASK']);
      if (result.metricUid) await resultLinks.write([key, result.metricUid, 'IN_METRIC']);
    }
  }
  staged.end();
  await once(staged, 'finish');

  const paperFile = file('papers.csv', [
    'id:ID(Paper)',
    'arxivId',
    'title',
    'abstract',
    'published',
    'year:int',
    'language',
    'comment',
    'authors:string[]',
    'categories:string[]',
    'affiliations:string[]',
    'urls:string[]',
    'sources:string[]',
    'extractor',
    'fingerprint',
    'synthetic:boolean',
    ':LABEL',
  ]);
  for await (const line of readline.createInterface({ input: createReadStream(pending), crlfDelay: Infinity })) {
    const row = JSON.parse(line) as { id: string; fingerprint: string; props: Record<string, unknown> };
    const p = row.props;
    await paperFile.write([
      row.id,
      p.arxivId,
      p.title,
      p.abstract,
      p.published,
      p.year,
      p.language,
      p.comment,
      p.authors,
      p.categories,
      p.affiliations,
      p.urls,
      sources.get(row.id),
      p.extractor,
      row.fingerprint,
      // Set only on generated papers, as the incremental loader does (an empty field sets nothing).
      p.synthetic === true ? true : null,
      'Paper',
    ]);
  }
  rmSync(pending, { force: true });

  const entityFile = file('entities.csv', [
    'uid:ID(Entity)',
    'key',
    'name',
    'type',
    'aliases:string[]',
    'aliasText',
    'paperCount:int',
    'higherIsBetter:boolean',
    ':LABEL',
  ]);
  for (const e of entities.values()) {
    await entityFile.write([
      e.uid,
      e.key,
      e.name,
      e.label,
      e.aliases,
      e.aliases.map((a) => ` | ${a}`).join(''),
      e.papers,
      e.higherIsBetter,
      [`Entity`, e.label],
    ]);
  }
  const aliasFile = file('aliases.csv', ['id:ID(Alias)', ':LABEL']);
  const aliasOf = file('alias-of.csv', [':START_ID(Alias)', ':END_ID(Entity)', ':TYPE']);
  for (const [id, uids] of aliases) {
    await aliasFile.write([id, 'Alias']);
    for (const uid of uids) await aliasOf.write([id, uid, 'ALIAS_OF']);
  }
  const cooccurs = file('cooccurs.csv', [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'papers:int']);
  for (const pair of cooccurrence.values()) await cooccurs.write([pair.from, pair.to, 'CO_OCCURS', pair.n]);

  const all = [paperFile, entityFile, aliasFile, results, links, reports, resultLinks, aliasOf, cooccurs];
  await Promise.all(all.map((f) => f.close()));
  return { dir, files: Object.fromEntries(all.map((f) => [path.basename(f.path), f.rows])) };
}

/** The arguments of `neo4j-admin database import full` for the files exportCsv wrote. */
export function importArguments(dir: string, database = 'neo4j'): string[] {
  const f = (name: string) => path.join(dir, name);
  return [
    database,
    '--overwrite-destination',
    '--array-delimiter=|',
    '--multiline-fields=true',
    ...['papers', 'entities', 'aliases', 'results'].map((name) => `--nodes=${f(`${name}.csv`)}`),
    ...['links', 'alias-of', 'reports', 'result-entities', 'cooccurs'].map((name) => `--relationships=${f(`${name}.csv`)}`),
  ];
}

/** The import command for a Neo4j server (run with the target database stopped). */
export function importCommand(dir: string, database = 'neo4j'): string {
  const quote = (arg: string) => (/[|\s]/.test(arg) ? `'${arg}'` : arg);
  return `neo4j-admin database import full ${importArguments(dir, database).map(quote).join(' ')}`;
}
