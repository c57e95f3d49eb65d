import type { Command } from 'commander';

/** Placeholder until the 'eval' command lands. */
export function register(_program: Command): void {}
