import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; the end-to-end tests skip (with a note) when it is not installed. */
export const CHROMIUM = process.env.PAPERGRAPH_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What the page did that it should not: errors, CSP violations, requests to other origins. */
export interface PageProblems {
  errors: string[];
  foreign: string[];
}

export function watch(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { errors: [], foreign: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreign.push(url);
  });
  // Requests cut short by a navigation (a reload, a new address) are not failures.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.errors.push(`request failed: ${request.url()}`);
  });
  return problems;
}

/** Labels of the nodes drawn in the cytoscape graph, by type. */
export function drawn(page: Page): Promise<Array<{ label: string; type: string }>> {
  return page.evaluate(() =>
    (globalThis as any).papergraphExplorer.cy.nodes().map((n: any) => ({ label: n.data('label') as string, type: n.data('type') as string })),
  );
}

export function waitForNode(page: Page, label: string, timeout = 30_000): Promise<unknown> {
  return page.waitForFunction(
    (name) => (globalThis as any).papergraphExplorer?.cy.nodes().some((n: any) => n.data('label') === name),
    label,
    { timeout },
  );
}

/** Page coordinates of a node (by label, optionally its type). */
export async function nodePoint(page: Page, label: string, type?: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ label, type }) => {
      const cy = (globalThis as any).papergraphExplorer.cy;
      const node = cy.nodes().filter((n: any) => n.data('label') === label && (!type || n.data('type') === type))[0];
      if (!node) return null;
      const p = node.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    { label, type },
  );
  if (!point) throw new Error(`no node ${label} in the graph`);
  return point;
}

/**
 * Page coordinates of a point on the edge from a paper to the named entity that no node covers
 * (so a real mouse click there hits the edge), or null.
 */
export function paperEdgePoint(page: Page, entityLabel: string): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate((label) => {
    const cy = (globalThis as any).papergraphExplorer.cy;
    const box = cy.container().getBoundingClientRect();
    const boxes = cy.nodes().map((n: any) => n.renderedBoundingBox({ includeLabels: true }));
    const free = (p: { x: number; y: number }) =>
      p.x > 4 && p.y > 4 && p.x < box.width - 4 && p.y < box.height - 4 &&
      boxes.every((b: any) => p.x < b.x1 - 6 || p.x > b.x2 + 6 || p.y < b.y1 - 6 || p.y > b.y2 + 6);
    const edges = cy.edges('[kind = "link"]').filter((e: any) => e.target().data('label') === label && e.source().data('type') === 'PAPER');
    for (const edge of edges) {
      const mid = edge.renderedMidpoint();
      const a = edge.renderedSourceEndpoint();
      const b = edge.renderedTargetEndpoint();
      const candidates = [mid, ...[0.4, 0.6, 0.3, 0.7, 0.25, 0.75].map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }))];
      const point = candidates.find(free);
      if (point) return { x: box.left + point.x, y: box.top + point.y, id: edge.id() as string };
    }
    return null;
  }, entityLabel);
}
