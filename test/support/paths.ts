import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

/** `../shared` beside the repository: present in CI and for the team, absent in a user's clone. */
export const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared');
export const SEEDS = path.join(SHARED, 'seeds');
export const GOLD = path.join(SHARED, 'gold', 'scirex-dev.jsonl');
export const hasSeeds = existsSync(SEEDS);
export const hasGold = existsSync(GOLD);

/** Says visibly why a test group is skipped. */
export function noteSkip(what: string, needed: string): void {
  console.warn(`NOTE: skipping ${what}: ${needed} not found (it is only present beside the team's checkout).`);
}
