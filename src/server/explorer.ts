import type { Express } from 'express';

/** Serves the explorer page at `/` and its assets (placeholder until the explorer lands). */
export function mountExplorer(_app: Express): void {}
