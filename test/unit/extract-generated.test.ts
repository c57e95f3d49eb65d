import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/generate/index.js';
import { extractPaper } from '../../src/extract/index.js';
import type { ExtractedPaper } from '../../src/extract/index.js';
import { record } from '../fixtures/extract/record.js';

/**
 * Extraction on generated abstracts, scored against the generator's truth. The
 * templates are ordinary research English (`X outperforms Y and Z on the W
 * dataset`, `achieves 52.8% AP on COCO`) around real and invented names, so
 * this checks the rules, not the lexicon: invented names can only be read from
 * the sentence around them.
 */

const N = 300;
const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const corpus = [...generateCorpus({ count: N, seed: 'extract-truth', format: 'jsonl' })]
  .map(({ paper }) => paper)
  .filter((paper) => paper.language === 'en');
const papers: Array<{ truth: (typeof corpus)[number]['truth']; extracted: ExtractedPaper }> = corpus.map((paper) => ({
  truth: paper.truth,
  extracted: extractPaper(record(paper.abstract, { id: paper.id, title: paper.title })),
}));

function score(type: 'Method' | 'Dataset', field: 'methods' | 'datasets'): { precision: number; recall: number; wrong: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const { truth, extracted } of papers) {
    const gold = new Set(truth[field].map(key));
    const hit = new Set<string>();
    for (const e of extracted.entities.filter((x) => x.type === type)) {
      const match = [e.name, ...e.aliases].map(key).find((k) => gold.has(k));
      if (match) {
        tp++;
        hit.add(match);
      } else {
        fp++;
        wrong.push(e.name);
      }
    }
    fn += gold.size - hit.size;
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), wrong };
}

describe('extraction on generated abstracts (against the generator truth)', () => {
  it(`reads ${N} English abstracts`, () => {
    expect(papers.length).toBeGreaterThan(N * 0.9);
  });

  it('finds data sets with precision ≥ 0.95 and recall ≥ 0.9', () => {
    const { precision, recall, wrong } = score('Dataset', 'datasets');
    expect(precision, `false data sets: ${wrong.slice(0, 20).join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds methods with precision ≥ 0.95 and recall ≥ 0.9', () => {
    const { precision, recall, wrong } = score('Method', 'methods');
    expect(precision, `false methods: ${wrong.slice(0, 20).join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never joins a method and a data set across a preposition (`X on the Y`)', () => {
    const joined = papers.flatMap(({ extracted }) => extracted.entities).filter((e) => /\s(?:on|in|for|of|over)\s+the\s/i.test(e.name));
    expect(joined.map((e) => `${e.type}:${e.name}`)).toEqual([]);
  });

  it('finds the proposed (invented) method of every abstract, as PROPOSES', () => {
    const missed = papers.filter(({ truth, extracted }) => !extracted.entities.some((e) => e.type === 'Method' && key(e.name) === key(truth.proposed) && e.role === 'PROPOSES'));
    expect(missed.length / papers.length).toBeLessThanOrEqual(0.02);
  });
});
