import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedPaper } from '../../src/extract/types.js';
import { field } from '../../src/load/csv.js';
import { exportCsv, importCommand } from '../../src/load/export-csv.js';
import { LEADERBOARD_PAPERS } from '../fixtures/leaderboards/papers.js';

const paper = (
  id: string,
  entities: Array<[ExtractedPaper['entities'][number]['type'], string, ExtractedPaper['entities'][number]['role']]>,
  line = 1,
): ExtractedPaper => ({
  id,
  abstract: `Abstract of ${id} with "quotes", commas; and | bars.`,
  language: 'en',
  published: '2022-05-01',
  authors: ['A. Author', 'B. Author'],
  categories: [],
  affiliations: [],
  urls: [],
  source: { file: 'in.txt', line },
  sources: [{ file: 'in.txt', line }],
  extractor: 'test/1',
  results: [],
  entities: entities.map(([type, name, role]) => ({
    type,
    name,
    key: name.toLowerCase().replace(/[^a-z0-9]/g, ''),
    aliases: [],
    role,
    evidence: `${name} sentence.`,
    confidence: 0.9,
  })),
});

async function* stream(papers: ExtractedPaper[]) {
  yield* papers;
}

const rows = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8').trim().split('\n');

describe('export-csv', () => {
  it('quotes fields the way neo4j-admin reads them', () => {
    expect(field('say "hi", then')).toBe('"say ""hi"", then"');
    expect(field(['a', 'b|c'])).toBe('"a|b/c"');
    expect(field(0.5)).toBe('0.5');
    expect(field(null)).toBe('');
  });

  it('writes nodes, links, co-occurrence counts and merges duplicate papers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'papergraph-csv-'));
    const summary = await exportCsv(
      stream([
        paper('p1', [
          ['Method', 'NetA', 'PROPOSES'],
          ['Dataset', 'SetX', 'EVALUATES_ON'],
        ]),
        paper('p2', [
          ['Method', 'NetA', 'USES'],
          ['Dataset', 'SetX', 'EVALUATES_ON'],
          ['Institution', 'Some University', 'AFFILIATED_WITH'],
        ]),
        {
          ...paper(
            'p1',
            [
              ['Method', 'NetA', 'PROPOSES'],
              ['Dataset', 'SetX', 'EVALUATES_ON'],
            ],
            9,
          ),
          duplicate: true,
        } as ExtractedPaper,
      ]),
      dir,
    );
    expect(summary.files).toMatchObject({ 'papers.csv': 2, 'entities.csv': 3, 'links.csv': 5, 'cooccurs.csv': 3 });
    const papers = rows(dir, 'papers.csv');
    expect(papers[0]).toMatch(/^id:ID\(Paper\),arxivId,title,abstract,published,year:int/);
    expect(papers[1]).toContain('"in.txt:1|in.txt:9"');
    expect(papers[1]).toContain('"Abstract of p1 with ""quotes"", commas; and | bars."');
    const entities = rows(dir, 'entities.csv').slice(1);
    expect(entities).toContainEqual(expect.stringMatching(/^"Method:neta","neta","NetA","Method",.*,2,"Entity|Method"$/));
    expect(rows(dir, 'links.csv')).toContainEqual(
      '"p2","Institution:someuniversity","AFFILIATED_WITH","Some University sentence.",0.9,"test/1","text"',
    );
    expect(rows(dir, 'cooccurs.csv')).toContainEqual('"Method:neta","Dataset:setx","CO_OCCURS",2');
    expect(rows(dir, 'cooccurs.csv')).toContainEqual('"Institution:someuniversity","Method:neta","CO_OCCURS",1');
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes tasks, metrics with their direction, and results linked to all four entities', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'papergraph-csv-'));
    await exportCsv(stream(LEADERBOARD_PAPERS), dir);
    const entities = rows(dir, 'entities.csv');
    expect(entities[0]).toContain('higherIsBetter:boolean');
    expect(entities).toContainEqual(expect.stringMatching(/^"Metric:top1accuracy","top1accuracy","top-1 accuracy","Metric",.*,3,true,"Entity\|Metric"$/));
    expect(entities).toContainEqual(expect.stringMatching(/^"Metric:perplexity",.*,false,"Entity\|Metric"$/));
    expect(entities).toContainEqual(expect.stringMatching(/^"Task:languagemodelling",.*,2,,"Entity\|Task"$/));
    expect(rows(dir, 'results.csv')[0]).toBe('key:ID(Result),metric,value,score:double,unit,kind,evidence,confidence:double,:LABEL');
    expect(rows(dir, 'results.csv')).toContainEqual(expect.stringMatching(/^"lb:vit#2","top-1 accuracy","\+4.8",4.8,,"DELTA",".*",0.8,"Result"$/));
    const resultLinks = rows(dir, 'result-entities.csv');
    for (const row of [
      '"lb:vit#1","Method:resnet50","FOR_METHOD"',
      '"lb:vit#1","Dataset:imagenet","ON_DATASET"',
      '"lb:vit#1","Task:imageclassification","FOR_TASK"',
      '"lb:vit#1","Metric:top1accuracy","IN_METRIC"',
      '"lb:deit#0","Metric:top1accuracy","IN_METRIC"',
    ]) {
      expect(resultLinks).toContain(row);
    }
    expect(rows(dir, 'links.csv')).toContainEqual(expect.stringMatching(/^"lb:transformer-xl","Metric:perplexity","MEASURED_BY",/));
    expect(rows(dir, 'cooccurs.csv')).toContainEqual('"Dataset:wikitext103","Task:languagemodelling","CO_OCCURS",2');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the import command for every file', () => {
    const command = importCommand('/data/csv');
    expect(command).toMatch(/^neo4j-admin database import full neo4j/);
    for (const file of ['papers', 'entities', 'aliases', 'results', 'links', 'alias-of', 'reports', 'result-entities', 'cooccurs']) {
      expect(command).toContain(`/data/csv/${file}.csv`);
    }
    expect(command).toContain("'--array-delimiter=|'");
  });
});
