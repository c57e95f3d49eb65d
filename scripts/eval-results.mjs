// Prints the result-tuple scores of the gold files (default: ../shared/gold/*.jsonl with results).
// Usage: npm run build && node scripts/eval-results.mjs [gold.jsonl ...]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { extractPaper } from '../dist/extract/index.js';
import { goldRecord } from '../dist/extract/evaluate.js';
import { evaluateResults, formatResultCounts } from '../dist/extract/evaluate-results.js';

const dir = new URL('../../shared/gold/', import.meta.url).pathname;
const files = process.argv.slice(2).length ? process.argv.slice(2) : existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(dir, f)) : [];
for (const file of files) {
  const pairs = readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const gold = JSON.parse(line);
    return [{ gold, paper: extractPaper(goldRecord(gold, i + 1, file)) }];
  });
  process.stdout.write(`${file}: ${formatResultCounts(evaluateResults(pairs))}`);
}
