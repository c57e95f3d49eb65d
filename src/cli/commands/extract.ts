import type { Command } from 'commander';

/** Placeholder until the 'extract' command lands. */
export function register(_program: Command): void {}
