import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { extractPaper } from '../../extract/index.js';
import { PROJECT_ROOT } from '../../config.js';
import { evaluateResults, formatResultCounts, type ResultCounts } from '../../extract/evaluate-results.js';
import { evaluate, goldRecord, splitOf, type EvalReport, type GoldPaper, type Split, type TypeScore } from '../../extract/evaluate.js';

interface EvalOptions {
  json?: boolean;
  split?: string;
  rules?: boolean;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score extraction against gold JSONL files: precision, salient recall and F1 per type, and the calibration table')
    .argument('[gold...]', 'gold files, one {id,abstract,mentions[,salient,results]} object a line (default: every *.jsonl in ../shared/gold)')
    .option('--json', 'print the reports as JSON (an object keyed by file)')
    .option('--split <part>', 'score only one part of each gold set: tune (two thirds, what confidences are fitted on) or heldout (the other third, by a hash of the paper id)')
    .option('--rules', 'also print precision per type and strongest rule (what confidence.ts is fitted to; use with --split tune)')
    .action(async (files: string[], options: EvalOptions) => {
      const inputs = files.length ? files : defaultGoldFiles();
      if (inputs.length === 0) throw new Error(`no gold files given and none found in ${DEFAULT_GOLD_DIR}`);
      const reports: Record<string, EvalReport & { results?: ResultCounts }> = {};
      const split = options.split;
      if (split !== undefined && split !== 'tune' && split !== 'heldout') throw new Error(`--split must be tune or heldout, not ${split}`);
      for (const file of inputs) reports[file] = await evaluateFile(file, split);
      if (options.json) process.stdout.write(`${JSON.stringify(files.length === 1 ? reports[files[0]!] : reports, null, 2)}\n`);
      else for (const file of inputs) process.stdout.write(`${formatReport(reports[file]!, file, split)}${options.rules ? formatRules(reports[file]!) : ''}\n`);
    });
}

/** The gold sets beside a checkout (`../shared/gold`), as CI and the team have them. */
export const DEFAULT_GOLD_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'gold');

function defaultGoldFiles(): string[] {
  if (!existsSync(DEFAULT_GOLD_DIR)) return [];
  return readdirSync(DEFAULT_GOLD_DIR)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => path.join(DEFAULT_GOLD_DIR, name));
}

export async function evaluateFile(file: string, split?: Split): Promise<EvalReport & { results?: ResultCounts }> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const pairs = lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    const gold = JSON.parse(line) as GoldPaper;
    if (split && splitOf(gold.id) !== split) return [];
    return [{ gold, paper: extractPaper(goldRecord(gold, i + 1, file)) }];
  });
  const hasResults = pairs.some(({ gold }) => gold.results !== undefined);
  return { ...evaluate(pairs), ...(hasResults ? { results: evaluateResults(pairs) } : {}) };
}

const pct = (x: number): string => x.toFixed(3);

function row(label: string, s: TypeScore, salient: boolean): string {
  const m = s.micro;
  const dash = (text: string) => (salient ? text : '-');
  return (
    `${label.padEnd(9)} ${pct(m.precision).padStart(9)} ${dash(pct(m.recall)).padStart(9)} ${dash(pct(m.f1)).padStart(9)}` +
    `   ${`${m.correct}/${m.predicted}`.padStart(9)} ${String(m.typeErrors).padStart(8)} ${dash(`${m.found}/${m.salient}`).padStart(9)}` +
    `   ${pct(s.macro.precision).padStart(7)} ${dash(pct(s.macro.recall)).padStart(7)} ${dash(pct(s.macro.f1)).padStart(7)}\n`
  );
}

/** The per-rule precision table (`--rules`). */
export function formatRules(r: EvalReport): string {
  const head = `\nPrecision by strongest rule (supported = a second rule or sentence):\n${'type'.padEnd(12)}${'rule'.padEnd(18)}${'supported'.padEnd(11)}${'linked'.padStart(7)}${'correct'.padStart(8)}${'precision'.padStart(10)}\n`;
  return head + r.rules.map((x) => `${x.type.padEnd(12)}${x.rule.padEnd(18)}${String(x.supported).padEnd(11)}${String(x.predicted).padStart(7)}${String(x.correct).padStart(8)}${pct(x.correct / x.predicted).padStart(10)}\n`).join('');
}

export function formatReport(r: EvalReport & { results?: ResultCounts }, file: string, split?: Split): string {
  const lines = [
    `eval: ${r.papers} papers from ${file}${split ? ` (${split} part only)` : ''}\n`,
    'Aggregation: MICRO — matches are decided per paper and per type, then counts are pooled over all papers.\n',
    '             (macro = mean over papers of per-paper precision / recall, shown for comparison)\n',
    'An entity counts once; it is correct when its name or one of its aliases matches an annotated mention of its type;\n',
    'a type error matches a mention of another type only.' +
      (r.salient ? '\n\n' : ' This set marks no salient entities: it measures precision only.\n\n'),
    `${'type'.padEnd(9)} ${'precision'.padStart(9)} ${'sal.rec'.padStart(9)} ${'sal.F1'.padStart(9)}   ${'correct'.padStart(9)} ${'typeErr'.padStart(8)} ${'found'.padStart(9)}   ${'macroP'.padStart(7)} ${'macroR'.padStart(7)} ${'macroF1'.padStart(7)}\n`,
    row('methods', r.methods, r.salient),
    row('datasets', r.datasets, r.salient),
    row('tasks', r.tasks, r.salient),
    row('metrics', r.metrics, r.salient),
    `\nConfidence calibration (all types together; expected calibration error ${pct(r.ece)}):\n`,
    `${'confidence'.padEnd(12)} ${'linked'.padStart(7)} ${'correct'.padStart(8)} ${'precision'.padStart(10)}\n`,
    ...r.calibration.map(
      (c) =>
        `${`[${c.from.toFixed(1)}, ${c.to.toFixed(1)}${c.to >= 1 ? ']' : ')'}`.padEnd(12)} ${String(c.predicted).padStart(7)} ${String(c.correct).padStart(8)} ${(c.predicted ? pct(c.precision) : '-').padStart(10)}\n`,
    ),
  ];
  if (r.results) lines.push(`\nResult tuples whose score is in the abstract: ${formatResultCounts(r.results)}`);
  return lines.join('');
}
