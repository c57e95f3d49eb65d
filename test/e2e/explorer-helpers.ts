import type { Page } from 'playwright-core';

/** The three widths the explorer must work at. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1400, height: 900 },
  { name: 'tablet', width: 800, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Waits until the page has drawn the state of its address (no request in flight, graph settled). */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForTimeout(50);
  await page.waitForLoadState('networkidle', { timeout });
  await page.waitForFunction(() => (globalThis as any).papergraphExplorer?.busy === 0, undefined, { timeout });
  await page.waitForTimeout(100);
}

/** The explorer's current state (parsed address) and what is drawn. */
export function snapshot(page: Page): Promise<{ state: any; nodes: string[]; selected: string[]; labelled: string[] }> {
  return page.evaluate(() => {
    const app = (globalThis as any).papergraphExplorer;
    const cy = app.cy;
    return {
      state: JSON.parse(JSON.stringify(app.state)),
      nodes: cy.nodes(':visible').map((n: any) => n.id()).sort(),
      selected: cy.$(':selected').map((n: any) => n.id()),
      labelled: cy.nodes('.labelled').map((n: any) => n.data('label')),
    };
  });
}

/** Rendered label boxes of labelled nodes, pairs that overlap, and the smallest rendered font size. */
export function labelReport(page: Page): Promise<{ count: number; overlaps: string[]; minFontPx: number; zoom: number }> {
  return page.evaluate(() => {
    const cy = (globalThis as any).papergraphExplorer.cy;
    const nodes = cy.nodes('.labelled:visible, :selected:visible');
    const boxes = nodes.map((n: any) => ({ label: n.data('label'), b: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].b;
        const b = boxes[j].b;
        if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) overlaps.push(`${boxes[i].label} × ${boxes[j].label}`);
      }
    const fonts = nodes.map((n: any) => parseFloat(n.style('font-size')) * cy.zoom());
    return { count: nodes.length, overlaps, minFontPx: fonts.length ? Math.min(...fonts) : 0, zoom: cy.zoom() };
  });
}

/** Widest element sticking out of the viewport (0 when nothing overflows horizontally). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const d = (globalThis as any).document;
    return Math.max(0, d.documentElement.scrollWidth - d.documentElement.clientWidth);
  });
}

export function activeId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = (globalThis as any).document.activeElement;
    return el ? el.id || el.tagName.toLowerCase() : null;
  });
}

/** Where keyboard focus is: 'panel', 'body' or the element's id/tag. */
export function focusArea(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = (globalThis as any).document;
    const el = d.activeElement;
    if (!el || el === d.body) return 'body';
    if (d.getElementById('panel').contains(el)) return 'panel';
    return el.id || el.tagName.toLowerCase();
  });
}
