// Runs the benchmarks in bench/ one after another, each in its own process, after a build.
// Usage: npm run bench [-- names…]   names: parse, extract, load, api (default: all, in that order)
// Each benchmark prints its own ratios against a baseline; see BENCHMARKS.md for what they mean.
// Arguments for one benchmark: run it directly, e.g. `node bench/extract.mjs ../shared/gold/scirex-dev.jsonl 40 1`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const all = ['parse', 'extract', 'load', 'api'];
const names = process.argv.slice(2);
const unknown = names.filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')} (choose from ${all.join(', ')})`);
  process.exit(2);
}

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
if (run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);
let failed = 0;
for (const name of names.length ? names : all) {
  console.log(`\n== bench/${name}.mjs`);
  if (run(process.execPath, [path.join('bench', `${name}.mjs`)]) !== 0) failed++;
}
process.exit(failed ? 1 : 0);
