import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Express, type Response } from 'express';
import { PROJECT_ROOT } from '../config.js';

/** The explorer's static files (HTML, CSS, browser ES modules), at the repository top level. */
export const EXPLORER_DIR = path.join(PROJECT_ROOT, 'explorer');

/**
 * Cytoscape's minified ES module build. The package only exports this file under the `import`
 * condition, so resolve the package entry (CommonJS) and take its sibling in `dist/`.
 */
export function cytoscapeModulePath(): string {
  const file = 'cytoscape.esm.min.mjs';
  try {
    const entry = createRequire(import.meta.url).resolve('cytoscape');
    const candidate = path.join(path.dirname(entry), file);
    if (existsSync(candidate)) return candidate;
  } catch {
    // fall through to the project's own node_modules
  }
  return path.join(PROJECT_ROOT, 'node_modules', 'cytoscape', 'dist', file);
}

/**
 * What the page may load: only our own origin. Cytoscape styles its elements through the CSSOM
 * (allowed under `style-src 'self'`) and draws on a canvas; the trend chart is built as DOM SVG.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function secure(res: Response): void {
  res.setHeader('Content-Security-Policy', EXPLORER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/**
 * Serves the explorer: the page at `/`, its files under `/explorer/`, and cytoscape at
 * `/explorer/vendor/cytoscape.mjs`. Everything comes from this server, so the page works offline,
 * and it talks to nothing but the public `/graphql` endpoint.
 */
export function mountExplorer(app: Express): void {
  const vendor = cytoscapeModulePath();
  app.get('/', (_req, res) => {
    secure(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(EXPLORER_DIR, 'index.html'));
  });
  app.get('/explorer/vendor/cytoscape.mjs', (_req, res) => {
    secure(res);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('text/javascript; charset=utf-8');
    res.sendFile(vendor);
  });
  app.use(
    '/explorer',
    express.static(EXPLORER_DIR, {
      index: false,
      dotfiles: 'ignore',
      fallthrough: true,
      setHeaders(res, file) {
        secure(res);
        res.setHeader('Cache-Control', 'no-cache');
        if (/\.m?js$/.test(file)) res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      },
    }),
  );
}
