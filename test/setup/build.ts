import { spawnSync } from 'node:child_process';

/**
 * CLI and worker-thread tests run the compiled code in dist/, so compile it first.
 * tsc emits even when types are wrong; test/unit/typecheck.test.ts is what fails on type errors,
 * so one bad type shows as one failing test rather than aborting the whole run.
 */
export default function setup(): void {
  const result = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { encoding: 'utf8' });
  if (result.error) throw result.error;
}
