import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('type-checks src, test and bench under strict settings', () => {
  const result = spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'], { encoding: 'utf8' });
  expect(result.stdout + result.stderr).not.toMatch(/error TS/);
  expect(result.status).toBe(0);
}, 120_000);
