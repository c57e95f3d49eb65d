import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ingestFiles } from '../../src/load/pipeline.js';
import { startApp, type App } from '../../src/server/app.js';
import { EXPLORER_DIR, mountExplorer } from '../../src/server/explorer.js';
import { createLogger } from '../../src/server/logger.js';
import { drawn, hasChromium, launchChromium, nodePoint, paperEdgePoint, waitForNode, watch, type PageProblems } from '../e2e/browser.js';
import { testConfig, testDatabase } from '../support/db.js';
import { wipe } from '../support/graph.js';
import { SEEDS, hasSeeds, noteSkip } from '../support/paths.js';

/** Our own abstracts: RTMDet evaluated on COCO and neighbours, so the test runs without ../shared. */
const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'explorer', 'abstracts.jsonl');
const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'explorer');

describe('the explorer page is served by us alone', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const app = express();
    mountExplorer(app);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, () => resolve(s));
    });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('GET / is HTML that references no external URL and loads app.js as a module, no inline script', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\/\//i);
    expect(html).toMatch(/<script type="module" src="\/explorer\/app\.js"><\/script>/);
    // No inline scripts, event-handler attributes or style attributes (the page runs under its CSP).
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\bsrc=/.test(tag))).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    // Every asset it names is served.
    const assets = [...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/explorer/'));
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) expect((await fetch(`${base}${asset}`)).status, asset).toBe(200);
  });

  it('serves cytoscape from node_modules as JavaScript', async () => {
    const response = await fetch(`${base}/explorer/vendor/cytoscape.mjs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const body = await response.text();
    expect(body.length).toBeGreaterThan(100_000);
    expect(body).toMatch(/export\s*\{\s*\w+ as default\s*\}/);
  });

  it('serves its own modules as JavaScript, importing only each other', async () => {
    const modules = ['app.js', 'api.js', 'combobox.js', 'dom.js', 'graph.js', 'panel.js'];
    for (const name of modules) {
      const response = await fetch(`${base}/explorer/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toMatch(/^text\/javascript/);
      const imports = [...(await response.text()).matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]!);
      for (const specifier of imports) expect(specifier, `${name} imports ${specifier}`).toMatch(/^\.\/[\w/.-]+\.m?js$/);
    }
    // The data comes from the public GraphQL endpoint only.
    const api = readFileSync(path.join(EXPLORER_DIR, 'api.js'), 'utf8');
    expect([...api.matchAll(/fetch\('([^']+)'/g)].map((m) => m[1])).toEqual(['/graphql']);
  });

  it('answers 404 for files that are not there', async () => {
    expect((await fetch(`${base}/explorer/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/explorer/../package.json`)).status).toBe(404);
  });
});

if (!hasChromium) noteSkip('the explorer end-to-end test in Chromium', '/usr/bin/chromium');
if (!hasSeeds) noteSkip('the explorer assertions on the seed dumps (the test uses its own fixture instead)', SEEDS);

describe.skipIf(!hasChromium)('the explorer in headless Chromium', () => {
  const db = testDatabase();
  let app: App;
  let browser: Browser;
  let page: Page;
  let base = '';
  let problems: PageProblems;
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const panelText = () => page.locator('#panel').innerText();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await db.migrate();
    await wipe(db);
    await ingestFiles(db, hasSeeds ? [SEEDS, FIXTURE] : [FIXTURE], { workers: 1 });
    app = await startApp(testConfig(), db, createLogger('silent'), 0);
    base = app.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    problems = watch(page, base);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db.close();
  });

  it('loads fast, with the search box focused and the API stats shown', async () => {
    const started = Date.now();
    await page.goto(`${base}/?pageSize=2`);
    await page.locator('#stats').filter({ hasText: /papers/ }).waitFor();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('search-input');
    await shot('0-start');
  });

  it('typeahead: typing COCO offers it; arrow keys and Enter pick it; RTMDet is drawn', async () => {
    const input = page.locator('#search-input');
    await expect(input.getAttribute('role')).resolves.toBe('combobox');
    await input.pressSequentially('COCO', { delay: 30 });
    const option = page.locator('#search-list [role="option"]', { hasText: 'COCO' }).first();
    await option.waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await shot('1-typeahead');
    const options = await page.locator('#search-list [role="option"]').allInnerTexts();
    const index = options.findIndex((text) => /^COCO\b/.test(text.trim()));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await waitForNode(page, 'RTMDet');
    await page.locator('#panel h2', { hasText: 'COCO' }).waitFor();
    const nodes = await drawn(page);
    expect(nodes).toContainEqual({ label: 'RTMDet', type: 'METHOD' });
    expect(nodes).toContainEqual({ label: 'COCO', type: 'DATASET' });
    expect(nodes.some((n) => n.type === 'PAPER')).toBe(true);
    expect(nodes).toContainEqual({ label: 'Quokka', type: 'METHOD' });
    if (hasSeeds) expect(nodes).toContainEqual({ label: 'YOLO', type: 'METHOD' });
    expect(page.url()).toMatch(/#\/DATASET\/COCO$/);
  });

  it('the side panel shows aliases, the trend chart, stated results and paged papers', async () => {
    await page.locator('#panel .chip', { hasText: 'MS COCO' }).waitFor();
    expect(await page.locator('#panel .trend rect.bar').count()).toBeGreaterThanOrEqual(2);
    const results = page.locator('#panel table.results');
    await results.waitFor();
    expect(await results.innerText()).toMatch(/RTMDet[\s\S]*51\.9%/);
    if (hasSeeds) expect(await results.innerText()).toMatch(/52\.8%/);
    const total = hasSeeds ? 4 : 3;
    await page.locator('#panel .pager', { hasText: `Showing 2 of ${total} papers` }).waitFor();
    await page.locator('#panel button', { hasText: 'More papers' }).click();
    await page.locator('#panel .pager', { hasText: `Showing ${total} of ${total} papers` }).waitFor();
    expect(await page.locator('#panel ul.papers > li').count()).toBe(total);
    expect(await page.locator('#panel button', { hasText: 'More papers' }).isHidden()).toBe(true);
    await shot('2-coco-neighbourhood');
  });

  it('clicking the edge to RTMDet shows its evidence sentence and role', async () => {
    const point = await paperEdgePoint(page, 'RTMDet');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const view = page.locator('#panel .link-view');
    await view.waitFor();
    const text = await view.innerText();
    expect(text).toMatch(/RTMDet/);
    expect(text).toMatch(/proposes|uses/);
    expect(await view.locator('blockquote.evidence mark', { hasText: 'RTMDet' }).count()).toBe(1);
    expect(text).toMatch(hasSeeds ? /52\.8% AP on COCO|51\.9% AP on COCO|We revisit RTMDet/ : /We revisit RTMDet/);
    await shot('3-edge-evidence');
  });

  it('clicking a paper lists the evidence sentences and roles of all its links', async () => {
    const paper = await page.evaluate(() => {
      const cy = (globalThis as any).papergraphExplorer.cy;
      const node = cy.nodes('[type = "PAPER"]').filter((n: any) => n.data('label').startsWith('RTMDet Revisited'))[0];
      return node.id() as string;
    });
    const at = await page.evaluate((id) => {
      const cy = (globalThis as any).papergraphExplorer.cy;
      const p = cy.getElementById(id).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, paper);
    await page.mouse.click(at.x, at.y);
    await page.locator('#panel .paper h2', { hasText: 'RTMDet Revisited' }).waitFor();
    const links = page.locator('#panel .links > li');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    const text = await page.locator('#panel').innerText();
    expect(text).toMatch(/COCO\s+evaluates on/);
    expect(text).toMatch(/Google Research\s+mentions/);
    expect(text).toMatch(/This work was done at Google Research\./);
    await shot('4-paper-evidence');
  });

  it('clicking a node expands it: Faster R-CNN brings in KITTI', async () => {
    const before = (await drawn(page)).length;
    expect((await drawn(page)).some((n) => n.label === 'KITTI')).toBe(false);
    const at = await nodePoint(page, 'Faster R-CNN', 'METHOD');
    await page.mouse.click(at.x, at.y);
    await waitForNode(page, 'KITTI');
    await page.locator('#panel h2', { hasText: 'Faster R-CNN' }).waitFor();
    expect((await drawn(page)).length).toBeGreaterThan(before);
    expect(await drawn(page)).toContainEqual({ label: 'RetinaNet', type: 'METHOD' });
    await page.waitForTimeout(300);
    await shot('5-expanded');
  });

  it('path mode: Quokka to RTMDet is two papers through a shared entity, with evidence', async () => {
    await page.click('#mode-path');
    const from = page.locator('#path-from');
    await from.fill('');
    await from.pressSequentially('Quokka', { delay: 30 });
    await page.locator('#path-from-list [role="option"]', { hasText: 'Quokka' }).first().waitFor();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('path-to');
    await page.locator('#path-to').pressSequentially('RTMDet', { delay: 30 });
    await page.locator('#path-to-list [role="option"]', { hasText: 'RTMDet' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // focus is on "Find path"
    await page.locator('#panel .path-view .step').first().waitFor();
    expect(await page.locator('#panel .path-view .step').count()).toBe(2);
    const text = await page.locator('#panel .path-view').innerText();
    expect(text).toMatch(/Quokka → RTMDet/);
    expect(text).toMatch(/2 papers apart/);
    expect(text).toMatch(/We propose Quokka/);
    const nodes = await drawn(page);
    expect(nodes.filter((n) => n.type === 'PAPER')).toHaveLength(2);
    expect(nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['Quokka', 'RTMDet']));
    expect(page.url()).toMatch(/#\/path\/METHOD\/Quokka\/METHOD\/RTMDet\/3$/);
    await page.waitForTimeout(200);
    await shot('6-path');
  });

  it('path mode says so when there is no connection', async () => {
    await page.goto(`${base}/#/path/DATASET/TinyVision/METHOD/RetinaNet/1`);
    await page.locator('#panel .path-view .notice').waitFor();
    expect(await page.locator('#panel .path-view').innerText()).toMatch(/No connection within 1 paper/);
  });

  it('stays within its node limit and lays out a few hundred nodes quickly', async () => {
    await page.goto(`${base}/#/METHOD/RTMDet`);
    await waitForNode(page, 'COCO');
    const result = await page.evaluate(() => {
      // A crowded neighbourhood: RTMDet in hundreds of papers, each with a method and a dataset of its own.
      const { graph } = (globalThis as any).papergraphExplorer;
      const center = { id: 'Method:rtmdet', name: 'RTMDet', type: 'METHOD', paperCount: 2 };
      for (let i = 0; i < 400; i++) {
        const paper = {
          id: `synthetic-${i}`,
          title: `Synthetic paper ${i}`,
          abstract: '',
          entities: [
            { role: 'USES', evidence: 'We use RTMDet.', confidence: 0.5, entity: center },
            { role: 'PROPOSES', evidence: `We propose M${i}.`, confidence: 0.9, entity: { id: `Method:m${i}`, name: `M${i}`, type: 'METHOD', paperCount: 1 } },
            { role: 'EVALUATES_ON', evidence: `On D${i % 30}.`, confidence: 0.8, entity: { id: `Dataset:d${i % 30}`, name: `D${i % 30}`, type: 'DATASET', paperCount: 9 } },
          ],
        };
        if (!graph.addPaper(paper, { near: graph.position(center.id) })) break;
        const at = graph.position(`paper:${paper.id}`);
        for (const link of paper.entities) if (graph.addEntity(link.entity, { near: at })) graph.addLink(paper, link);
      }
      const started = performance.now();
      graph.layout({ centerId: center.id });
      return { size: graph.size, truncated: graph.truncated, ms: performance.now() - started };
    });
    expect(result.size).toBe(300);
    expect(result.truncated).toBe(true);
    expect(await page.locator('#graph-status').innerText()).toMatch(/300 nodes — limited to 300/);
    expect(result.ms).toBeLessThan(3_000);
    console.info(`explorer: laid out ${result.size} nodes in ${Math.round(result.ms)} ms`);
    await shot('7-many-nodes');
  });

  it('made no request elsewhere, and logged no error or CSP violation', () => {
    expect(problems.foreign).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
