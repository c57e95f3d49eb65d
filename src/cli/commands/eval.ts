import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extractPaper } from '../../extract/index.js';
import { evaluate, goldRecord, type EvalReport, type GoldPaper, type TypeScore } from '../../extract/evaluate.js';

interface EvalOptions {
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score extraction against a gold JSONL file (precision, salient recall and F1 for methods and datasets)')
    .argument('<gold>', 'gold file, one {id,title,abstract,mentions,salient,results} object a line')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: EvalOptions) => {
      const report = await evaluateFile(file);
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, file));
    });
}

export async function evaluateFile(file: string): Promise<EvalReport> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const pairs = lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    const gold = JSON.parse(line) as GoldPaper;
    return [{ gold, paper: extractPaper(goldRecord(gold, i + 1, file)) }];
  });
  return evaluate(pairs);
}

const pct = (x: number): string => x.toFixed(3);

function row(label: string, s: TypeScore): string {
  const m = s.micro;
  return (
    `${label.padEnd(9)} ${pct(m.precision).padStart(9)} ${pct(m.recall).padStart(9)} ${pct(m.f1).padStart(9)}` +
    `   ${`${m.correct}/${m.predicted}`.padStart(9)} ${`${m.found}/${m.salient}`.padStart(9)}` +
    `   ${pct(s.macro.precision).padStart(7)} ${pct(s.macro.recall).padStart(7)} ${pct(s.macro.f1).padStart(7)}\n`
  );
}

export function formatReport(r: EvalReport, file: string): string {
  const lines = [
    `eval: ${r.papers} papers from ${file}\n`,
    'Aggregation: MICRO — matches are decided per paper and per type, then counts are pooled over all papers.\n',
    '             (macro = mean over papers of per-paper precision / recall, shown for comparison)\n',
    'An entity counts once; it is correct when its name or one of its aliases matches an annotated mention.\n\n',
    `${'type'.padEnd(9)} ${'precision'.padStart(9)} ${'sal.rec'.padStart(9)} ${'sal.F1'.padStart(9)}   ${'correct'.padStart(9)} ${'found'.padStart(9)}   ${'macroP'.padStart(7)} ${'macroR'.padStart(7)} ${'macroF1'.padStart(7)}\n`,
    row('methods', r.methods),
    row('datasets', r.datasets),
    '\nConfidence calibration (methods and datasets together):\n',
    `${'confidence'.padEnd(12)} ${'linked'.padStart(7)} ${'correct'.padStart(8)} ${'precision'.padStart(10)}\n`,
    ...r.calibration.map(
      (c) =>
        `${`[${c.from.toFixed(1)}, ${c.to.toFixed(1)}${c.to >= 1 ? ']' : ')'}`.padEnd(12)} ${String(c.predicted).padStart(7)} ${String(c.correct).padStart(8)} ${(c.predicted ? pct(c.precision) : '-').padStart(10)}\n`,
    ),
  ];
  return lines.join('');
}
