import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.js';
import { goldMentions, goldRecord, namesMatch, splitOf, type GoldPaper, type GoldType } from '../../src/extract/evaluate.js';

/**
 * Confidence means what it says on papers it was not fitted on. confidence.ts is fitted on the
 * tuning part of both gold sets (two thirds, by a hash of the paper id); here every link made on
 * the held-back third is scored, pooled over both sets, and each band's precision is compared
 * with the mean confidence of its links.
 */
const FILES = ['scierc-dev.jsonl', 'scirex-dev.jsonl'].map((f) => resolve('../shared/gold', f));
const TYPE: Record<string, GoldType> = { Method: 'methods', Dataset: 'datasets' };
const BANDS = [0.55, 0.7, 0.8, 0.9, 1.0001];

describe('the held-back split', () => {
  it('is stable and about a third', () => {
    expect(splitOf('0b8759d61e93b809df16d9fe9010d2a2d7241c74')).toBe(splitOf('0b8759d61e93b809df16d9fe9010d2a2d7241c74'));
    const ids = Array.from({ length: 3000 }, (_, i) => `paper-${i}`);
    const held = ids.filter((id) => splitOf(id) === 'heldout').length / ids.length;
    expect(held).toBeGreaterThan(0.3);
    expect(held).toBeLessThan(0.37);
  });
});

describe.runIf(FILES.every((f) => existsSync(f)))('calibration on the held-back third of the gold sets', () => {
  const links: Array<{ confidence: number; correct: boolean }> = [];
  for (const file of FILES) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const gold = JSON.parse(line) as GoldPaper;
      if (splitOf(gold.id) !== 'heldout') return;
      for (const e of extractPaper(goldRecord(gold, i + 1, file)).entities) {
        const type = TYPE[e.type];
        if (!type) continue;
        const mentions = goldMentions(gold, type);
        links.push({ confidence: e.confidence, correct: [e.name, ...e.aliases].some((n) => mentions.some((m) => namesMatch(n, m))) });
      }
    });
  }
  const bands = BANDS.slice(0, -1).map((from, i) => {
    const inside = links.filter((l) => l.confidence >= from && l.confidence < (BANDS[i + 1] as number));
    const mean = inside.reduce((s, l) => s + l.confidence, 0) / Math.max(1, inside.length);
    const precision = inside.filter((l) => l.correct).length / Math.max(1, inside.length);
    return { from, n: inside.length, mean, precision };
  });
  console.log(bands.map((b) => `[${b.from}) n=${b.n} confidence=${b.mean.toFixed(3)} precision=${b.precision.toFixed(3)}`).join('\n'));

  it('scores enough held-back links to say anything', () => {
    expect(links.length).toBeGreaterThan(100);
  });

  it('is right at least 90% of the time at 0.9 and above', () => {
    const top = bands.at(-1)!;
    expect(top.n).toBeGreaterThan(20);
    expect(top.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps every well-filled band (30+ links) within 0.05 of its mean confidence', () => {
    const filled = bands.filter((b) => b.n >= 30);
    expect(filled.length).toBeGreaterThan(0);
    for (const b of filled) expect(Math.abs(b.precision - b.mean), `band from ${b.from}`).toBeLessThanOrEqual(0.05);
  });

  it('never links under the threshold', () => {
    expect(links.every((l) => l.confidence >= 0.55)).toBe(true);
  });
});
