import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INPUTS } from '../../src/cli/commands/serve.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { writeCorpus } from '../../src/generate/index.js';
import { ROLES } from '../../src/graph/vocabulary.js';
import { readRecords, type PaperRecord } from '../../src/ingest/index.js';
import { ingestFiles } from '../../src/load/pipeline.js';
import { startApp, type App } from '../../src/server/app.js';
import { EXPLORER_DIR, mountExplorer } from '../../src/server/explorer.js';
import { createLogger } from '../../src/server/logger.js';
import { hasChromium, launchChromium, nodePoint, waitForNode, watch, type PageProblems } from '../e2e/browser.js';
import { focusArea, horizontalOverflow, labelReport, settled, snapshot, VIEWPORTS } from '../e2e/explorer-helpers.js';
import { testConfig, testDatabase } from '../support/db.js';
import { wipe } from '../support/graph.js';
import { SEEDS, hasSeeds, noteSkip } from '../support/paths.js';

/** Our own abstracts: RTMDet evaluated on COCO and neighbours, so the test runs without ../shared. */
const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'explorer', 'abstracts.jsonl');
const SHOTS = path.join(PROJECT_ROOT, 'test-results', 'explorer');
const MODULES = ['app.js', 'api.js', 'combobox.js', 'dom.js', 'export.js', 'follow.js', 'graph.js', 'legend.js', 'panel.js', 'state.js', 'vocabulary.js'];

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
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).toMatch(/<script type="module" src="\/explorer\/app\.js"><\/script>/);
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => /\bsrc=/.test(tag))).toBe(true);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    const assets = [...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/explorer/'));
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) expect((await fetch(`${base}${asset}`)).status, asset).toBe(200);
  });

  it('serves its own modules and cytoscape as JavaScript, importing only each other', async () => {
    const vendor = await fetch(`${base}/explorer/vendor/cytoscape.mjs`);
    expect(vendor.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await vendor.text()).length).toBeGreaterThan(100_000);
    // graphql-ws's browser client for "Follow", and the one chunk it imports, from node_modules.
    const ws = await fetch(`${base}/explorer/vendor/graphql-ws/client.js`);
    expect(ws.headers.get('content-type')).toMatch(/^text\/javascript/);
    const chunks = [...(await ws.text()).matchAll(/from '\.\/([\w-]+\.js)'/g)].map((m) => m[1]!);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect((await fetch(`${base}/explorer/vendor/graphql-ws/${chunk}`)).status, chunk).toBe(200);
    expect((await fetch(`${base}/explorer/vendor/graphql-ws/..%2Fpackage.json`)).status).toBe(404);
    for (const name of MODULES) {
      const response = await fetch(`${base}/explorer/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toMatch(/^text\/javascript/);
      const imports = [...(await response.text()).matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]!);
      for (const specifier of imports) expect(specifier, `${name} imports ${specifier}`).toMatch(/^\.\/[\w/.-]+\.m?js$/);
    }
    const api = readFileSync(path.join(EXPLORER_DIR, 'api.js'), 'utf8');
    expect([...api.matchAll(/fetch\('([^']+)'/g)].map((m) => m[1])).toEqual(['/graphql']);
    expect((await fetch(`${base}/explorer/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/explorer/../package.json`)).status).toBe(404);
  });

  it('GET /explorer/vocabulary.js is generated from src/graph/vocabulary.ts, and no explorer file spells a role itself', async () => {
    const text = await (await fetch(`${base}/explorer/vocabulary.js`)).text();
    const roles = JSON.parse(/export const ROLES = (.*);/.exec(text)![1]!) as Array<{ role: string; label: string }>;
    expect(roles.map((r) => r.role)).toEqual([...ROLES]);
    expect(roles.find((r) => r.role === 'EVALUATES_ON')?.label).toBe('evaluates on');
    const types = JSON.parse(/export const TYPES = (.*);/.exec(text)![1]!) as Array<{ type: string; label: string }>;
    expect(types.map((t) => t.type)).toEqual(['METHOD', 'DATASET', 'INSTITUTION', 'TASK', 'METRIC']);
    for (const name of MODULES.filter((m) => m !== 'vocabulary.js')) {
      const source = readFileSync(path.join(EXPLORER_DIR, name), 'utf8');
      for (const role of ROLES) expect(source.includes(`'${role}'`) || source.includes(`"${role}"`), `${name} spells ${role}`).toBe(false);
    }
  });
});

describe('the bundled demo corpus', () => {
  it('is real abstracts in our input formats: the seed dumps and both gold sets, gold ids kept, nothing synthetic', async () => {
    const records: PaperRecord[] = [];
    const rejects: string[] = [];
    for await (const record of readRecords(DEMO_INPUTS, { onReject: (r) => rejects.push(`${r.file}:${r.line}: ${r.reason}`) })) records.push(record);
    expect(rejects).toEqual([]);
    expect(records.length).toBe(574);
    expect(records.some((r) => r.synthetic)).toBe(false);
    expect(records.filter((r) => r.id.startsWith('scierc-'))).toHaveLength(400);
    expect(records.find((r) => r.id === '000f90380d768a85e2316225854fc377c079b5c4')?.title).toBe('Full-Resolution Residual Networks for Semantic Segmentation in Street Scenes');
    const readme = readFileSync(path.join(PROJECT_ROOT, 'data', 'demo', 'README.md'), 'utf8');
    for (const word of ['Apache-2.0', 'SciERC', 'CC0', 'licence']) expect(readme).toContain(word);
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
  const gql = async (query: string) => (await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as any;
  const open = async (hash: string, query = '') => {
    await page.goto(`${base}/${query}${hash}`);
    await settled(page);
  };
  const download = async (click: () => Promise<void>) => {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8'), bytes: readFileSync((await file.path())!) };
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await db.migrate();
    await wipe(db);
    await ingestFiles(db, hasSeeds ? [SEEDS, FIXTURE] : [FIXTURE], { workers: 1 });
    app = await startApp(testConfig(), db, createLogger('silent'), 0);
    base = app.url.replace(/\/graphql$/, '');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    problems = watch(page, base);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db.close();
  });

  it('API search forgives case, spaces and hyphens, exact keys first; stats say the graph is not synthetic', async () => {
    // The first query after an ingest plans its Cypher; on a loaded machine that alone can near the timeout.
    await gql('{ search(text: "warm up") { score } }');
    const { data, errors } = await gql(`{ a: search(text: "resnet50") { entity { name } } b: search(text: "RESNET 50") { entity { name } }
      c: search(text: "imagenet1k") { entity { name } } d: search(text: "Res Net") { entity { name } } e: search(text: "faster rcnn") { entity { name } }
      stats { synthetic } }`);
    expect(errors).toBeUndefined();
    expect(data.a[0].entity.name).toBe('ResNet-50');
    expect(data.b[0].entity.name).toBe('ResNet-50');
    expect(data.c[0].entity.name).toBe('ImageNet-1K');
    expect(data.d.map((h: any) => h.entity.name)).toContain('ResNet-50');
    expect(data.e[0].entity.name).toBe('Faster R-CNN');
    expect(data.stats.synthetic).toBe(false);
  });

  it('starts with the search box focused, the stats shown and no synthetic banner', async () => {
    await open('');
    await page.locator('#stats').filter({ hasText: /papers/ }).waitFor();
    expect(await focusArea(page)).toBe('search-input');
    expect(await page.locator('#synthetic-banner').isHidden()).toBe(true);
    await shot('0-start');
  });

  it('keyboard only: typing resnet50 offers ResNet-50 first; COCO picked with arrows and Enter draws a readable graph', async () => {
    const input = page.locator('#search-input');
    await input.pressSequentially('resnet50', { delay: 20 });
    await page.locator('#search-list [role="option"]').first().filter({ hasText: 'ResNet-50' }).waitFor();
    await input.fill('');
    await input.pressSequentially('Driving Scenes', { delay: 20 });
    await page.locator('#search-list [role="option"]', { hasText: 'Driving Scenes Are Not Photographs' }).waitFor();
    await input.fill('');
    await input.pressSequentially('COCO', { delay: 20 });
    await page.locator('#search-list [role="option"]', { hasText: /^COCO/ }).first().waitFor();
    const options = await page.locator('#search-list [role="option"]').allInnerTexts();
    const index = options.findIndex((text) => /^COCO\b/.test(text.trim()));
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForNode(page, 'RTMDet');
    await settled(page);
    expect(page.url()).toMatch(/#\/explore\?focus=Dataset:coco&sel=Dataset:coco$/);
    const labels = await labelReport(page);
    expect(labels.overlaps).toEqual([]);
    expect(labels.minFontPx).toBeGreaterThanOrEqual(10);
    const { labelled } = await snapshot(page);
    expect(labelled).toContain('COCO');
    expect(labelled.length).toBeGreaterThanOrEqual(4);
    await page.locator('#panel .chip', { hasText: 'MS COCO' }).waitFor();
    await shot('1-coco');
  });

  it('draws co-occurrence dotted in its own colour, and the legend names every type and role of the vocabulary', async () => {
    const styles = await page.evaluate(() => {
      const cy = (globalThis as any).papergraphExplorer.cy;
      const cooc = cy.edges('[kind = "cooc"]')[0];
      const uses = cy.edges('[role = "USES"]')[0];
      return { cooc: cooc && { style: cooc.style('line-style'), dash: cooc.style('line-dash-pattern'), colour: cooc.style('line-color') }, uses: uses?.style('line-color') };
    });
    if (styles.cooc) {
      expect(styles.cooc.style).toBe('dashed');
      expect(styles.cooc.colour).not.toBe(styles.uses);
    }
    const legend = await page.locator('#legend li').allInnerTexts();
    for (const label of ['Method', 'Dataset', 'Institution', 'Task', 'Metric', 'Paper', 'shared papers', ...ROLES.map((r) => r.toLowerCase().replace(/_/g, ' '))])
      expect(legend.map((t) => t.trim())).toContain(label);
  });

  it('hovering a node fades everything but its neighbours', async () => {
    const at = await nodePoint(page, 'RTMDet', 'METHOD');
    await page.mouse.move(at.x, at.y);
    const faded = await page.evaluate(() => {
      const cy = (globalThis as any).papergraphExplorer.cy;
      const node = cy.nodes().filter((n: any) => n.data('label') === 'RTMDet')[0];
      return { faded: cy.elements('.faded').length, near: node.closedNeighborhood().filter('.faded').length, label: node.hasClass('hover') };
    });
    expect(faded.faded).toBeGreaterThan(0);
    expect(faded.near).toBe(0);
    await page.mouse.move(5, 300);
    expect(await page.evaluate(() => (globalThis as any).papergraphExplorer.cy.elements('.faded').length)).toBe(0);
  });

  it('clicking a node expands it in place: nodes already drawn keep their positions; the address records it', async () => {
    const before = await page.evaluate(() => Object.fromEntries((globalThis as any).papergraphExplorer.cy.nodes().map((n: any) => [n.id(), n.position()])));
    const at = await nodePoint(page, 'Faster R-CNN', 'METHOD');
    await page.mouse.click(at.x, at.y);
    await waitForNode(page, 'KITTI');
    await settled(page);
    const after = await page.evaluate(() => Object.fromEntries((globalThis as any).papergraphExplorer.cy.nodes().map((n: any) => [n.id(), n.position()])));
    for (const [id, p] of Object.entries(before) as Array<[string, { x: number; y: number }]>) {
      expect(after[id], id).toBeDefined();
      expect(Math.hypot(after[id].x - p.x, after[id].y - p.y), id).toBeLessThan(0.5);
    }
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    expect(page.url()).toMatch(/x=Method:fasterrcnn/);
    expect(page.url()).toMatch(/sel=Method:fasterrcnn/);
    await page.locator('#panel h2', { hasText: 'Faster R-CNN' }).waitFor();
    expect((await labelReport(page)).overlaps).toEqual([]);
    await shot('2-expanded');
  });

  it('reload and Back/Forward restore exactly what was on screen; Back to / clears the graph', async () => {
    const expanded = await snapshot(page);
    await page.reload();
    await waitForNode(page, 'KITTI');
    await settled(page);
    const reloaded = await snapshot(page);
    expect(reloaded.nodes).toEqual(expanded.nodes);
    expect(reloaded.selected).toEqual(expanded.selected);
    await page.locator('#panel h2', { hasText: 'Faster R-CNN' }).waitFor();
    await page.goBack();
    await settled(page);
    const back = await snapshot(page);
    expect(back.state.x).toEqual([]);
    expect(back.nodes).not.toContain('Dataset:kitti');
    expect(back.selected).toEqual(['Dataset:coco']);
    await page.goForward();
    await waitForNode(page, 'KITTI');
    await settled(page);
    expect((await snapshot(page)).nodes).toEqual(expanded.nodes);
    await page.goto(`${base}/#/`);
    await settled(page);
    expect((await snapshot(page)).nodes).toEqual([]);
    expect(await page.locator('#graph-empty').isVisible()).toBe(true);
    await page.goBack();
    await waitForNode(page, 'KITTI');
  });

  it('an invalid address says so', async () => {
    for (const [hash, message] of [
      ['#/nowhere', /not a view/],
      ['#/explore?focus=Gadget:x', /not an entity/],
      ['#/explore?focus=Dataset:coco&roles=EATS', /unknown role EATS/],
      ['#/explore?focus=Method:nosuchthing', /not in the graph/],
    ] as const) {
      await open(hash);
      await expect(page.locator('#graph-status').innerText()).resolves.toMatch(message);
      expect(await page.locator('#graph-status').getAttribute('class')).toMatch(/error/);
    }
  });

  it('filters by role, type and years in the graph and the lists, kept in the address', async () => {
    await open('#/explore?focus=Dataset:coco&sel=Dataset:coco&roles=EVALUATES_ON&from=2023&to=2023');
    await waitForNode(page, 'RTMDet');
    const shown = await page.evaluate(() => {
      const cy = (globalThis as any).papergraphExplorer.cy;
      return {
        roles: [...new Set(cy.edges('[kind = "link"]:visible').map((e: any) => e.data('role')))],
        years: [...new Set(cy.nodes('[type = "PAPER"]:visible').map((n: any) => n.data('year')))],
      };
    });
    expect(shown.roles).toEqual(['EVALUATES_ON']);
    expect(shown.years).toEqual([2023]);
    await page.locator('#panel .pager', { hasText: /hidden by the filters/ }).waitFor();
    expect(await page.locator('#panel ul.papers > li:not([hidden])').count()).toBeGreaterThan(0);
    await page.locator('#filters summary').click();
    expect(await page.locator('#filters input[value="EVALUATES_ON"]').isChecked()).toBe(true);
    expect(await page.locator('#filters input[value="USES"]').isChecked()).toBe(false);
    expect(await page.locator('#filter-from').inputValue()).toBe('2023');
    await page.locator('#filters input[value="METHOD"]').uncheck();
    await page.waitForFunction(() => /types=/.test((globalThis as any).location.hash));
    await settled(page);
    expect(await page.evaluate(() => (globalThis as any).papergraphExplorer.cy.nodes('[type = "METHOD"]:visible').length)).toBe(0);
    await page.locator('#filters button', { hasText: 'Show all' }).click();
    await page.waitForFunction(() => !/roles=|types=|from=/.test((globalThis as any).location.hash));
  });

  it('caps the nodes of an expansion and "Show more" adds the next ones without moving the others', async () => {
    await open('#/explore?focus=Dataset:coco', '?cap=2');
    await waitForNode(page, 'COCO');
    const before = await page.evaluate(() => Object.fromEntries((globalThis as any).papergraphExplorer.cy.nodes().map((n: any) => [n.id(), n.position()])));
    const more = page.locator('#tool-more');
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await page.waitForFunction(() => /more=1/.test((globalThis as any).location.hash));
    await settled(page);
    const after = await page.evaluate(() => Object.fromEntries((globalThis as any).papergraphExplorer.cy.nodes().map((n: any) => [n.id(), n.position()])));
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    for (const [id, p] of Object.entries(before) as Array<[string, { x: number; y: number }]>) expect(Math.hypot(after[id].x - p.x, after[id].y - p.y), id).toBeLessThan(0.5);
  });

  it('"and N more" opens the rest of a list, and Enter on a panel link keeps focus in the panel', async () => {
    await open('#/explore?focus=Dataset:coco&sel=Dataset:coco', '?ranked=1');
    const more = page.locator('#panel button.more').first();
    await more.waitFor();
    const label = await more.innerText();
    const n = Number(/and (\d+) more/.exec(label)![1]);
    const list = page.locator('#panel .group').filter({ has: more }).locator('ul.linklist > li');
    const before = await list.count();
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(({ b, n }) => (globalThis as any).document.querySelectorAll('#panel .group ul.linklist > li').length >= b + n, { b: before, n });
    expect(await focusArea(page)).toBe('panel');
    // Enter on an entity link in the panel: the panel changes, focus stays in it.
    await page.locator('#panel .linklist button[data-entity="Method:rtmdet"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#panel h2', { hasText: 'RTMDet' }).waitFor();
    await settled(page);
    expect(await focusArea(page)).toBe('panel');
    const outline = await page.evaluate(() => (globalThis as any).getComputedStyle((globalThis as any).document.activeElement).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('a dataset shows leaderboards per task and metric, best first, with the evidence and the paper; CSV export', async () => {
    await open('#/explore?focus=Dataset:imagenet1k&sel=Dataset:imagenet1k');
    const board = page.locator('#panel .board').first();
    await board.waitFor();
    const text = await board.innerText();
    expect(text).toMatch(/top-1 accuracy/i);
    // Accuracy: higher first. (With the seed dumps, S2-MLPv2 is on this board too.)
    const methods = await board.locator('tbody tr button[data-entity]').allInnerTexts();
    const values = (await board.locator('tbody td.value').allInnerTexts()).map((v) => parseFloat(v));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(methods.indexOf('ViT-Tiny')).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf('ViT-Tiny')).toBeLessThan(methods.indexOf('ResNet-50'));
    const first = board.locator('tbody tr', { has: page.locator('button[data-entity="Method:vittiny"]') });
    expect(await first.locator('blockquote.evidence').innerText()).toMatch(/ViT-Tiny obtains 81\.8% top-1 accuracy on ImageNet-1K/);
    expect(await board.locator('button[data-paper="explorer-0006"]').count()).toBeGreaterThan(0);
    const file = await download(() => board.locator('button', { hasText: 'CSV' }).click());
    expect(file.name).toMatch(/\.csv$/);
    expect(file.text.split('\r\n')[0]).toBe('rank,method,value,paper,year,evidence');
    expect(file.text).toMatch(/^\d,ViT-Tiny,81\.8%,Tiny Vision Transformers Are Strong Image Classifiers,2020,/m);
    await shot('3-leaderboard');
  });

  it('compares a few methods across datasets', async () => {
    await open('#/compare?methods=Method:vittiny,Method:resnet50');
    const table = page.locator('#panel table.compare');
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toMatch(/ViT-Tiny/);
    expect(text).toMatch(/81\.8%/);
    expect(await page.locator('#compare-chips li').count()).toBe(2);
    expect(await page.locator('#mode-compare').getAttribute('aria-pressed')).toBe('true');
  });

  it('path mode accepts exact typed names, and a path from an entity to itself is answered', async () => {
    await open('');
    await page.click('#mode-path');
    await page.locator('#path-from').fill('Quokka');
    await page.locator('#path-to').fill('rtmdet');
    await page.locator('#path-go').click();
    await page.locator('#panel .path-view .step').first().waitFor();
    expect(await page.locator('#panel .path-view').innerText()).toMatch(/Quokka → RTMDet[\s\S]*2 papers apart/);
    expect(page.url()).toMatch(/#\/path\?start=Method:quokka&end=Method:rtmdet$/);
    await shot('4-path');
    await open('#/path?start=Method:rtmdet&end=Method:rtmdet');
    await page.locator('#panel .path-view .notice').waitFor();
    expect(await page.locator('#panel .path-view').innerText()).toMatch(/Both ends are RTMDet/);
    await open('#/path?start=Dataset:tinyvision&end=Method:retinanet&hops=1');
    expect(await page.locator('#panel .path-view').innerText()).toMatch(/No connection within 1 paper/);
  });

  it('exports the graph as PNG and SVG, and papers as BibTeX', async () => {
    await open('#/explore?focus=Dataset:coco&sel=paper:explorer-0001');
    await page.locator('#panel .paper h2', { hasText: 'RTMDet Revisited' }).waitFor();
    const png = await download(() => page.click('#tool-png'));
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const svg = await download(() => page.click('#tool-svg'));
    expect(svg.text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const edges = await page.evaluate(() => (globalThis as any).papergraphExplorer.cy.edges(':visible').length);
    expect(svg.text.match(/<line /g)?.length).toBe(edges);
    expect(svg.text).toMatch(/stroke="#d97706" stroke-width="2\.5"><title>evaluates on<\/title>/);
    expect(svg.text).toContain('>COCO</text>');
    const bib = await download(() => page.locator('#panel .paper button', { hasText: 'BibTeX' }).click());
    expect(bib.text).toMatch(/^@misc\{\w+2023,\n {2}title = \{RTMDet Revisited: Real-Time Detection at Scale\}/);
  });

  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width}×${viewport.height}: no horizontal overflow in any mode, the legend and every control in view`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const hash of ['#/explore?focus=Dataset:coco&sel=Dataset:coco', '#/path?start=Method:quokka&end=Method:rtmdet', '#/compare?methods=Method:vittiny,Method:resnet50']) {
        await open(hash);
        expect(await horizontalOverflow(page), hash).toBe(0);
        const legend = await page.locator('#legend').boundingBox();
        expect(legend && legend.height > 10 && legend.x >= 0 && legend.x + legend.width <= viewport.width + 1, `legend ${hash}`).toBe(true);
        const items = await page.locator('#legend li').evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return r.right; }));
        expect(Math.max(...items), 'legend items').toBeLessThanOrEqual(viewport.width);
        const controls = hash.startsWith('#/path') ? ['#path-go', '#path-from', '#path-to'] : hash.startsWith('#/compare') ? ['#compare-input'] : ['#search-input', '#tool-svg'];
        for (const selector of controls) {
          const box = await page.locator(selector).boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= viewport.width, `${selector} at ${viewport.width}`).toBe(true);
        }
      }
      await open('#/explore?focus=Dataset:coco&sel=Dataset:coco');
      expect((await labelReport(page)).overlaps).toEqual([]);
      await shot(`5-${viewport.name}`);
    });
  }

  it('Follow lists a paper linked to the entity as soon as an ingest elsewhere commits it, and stops when pressed again', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await open('#/explore?focus=Dataset:coco&sel=Dataset:coco');
    const button = page.locator('#panel button[data-follow="Dataset:coco"]');
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await page.locator('#panel section.live h3', { hasText: 'New papers, live' }).waitFor();
    // Give the socket time to subscribe before the paper is committed.
    await page.waitForTimeout(1500);
    const dir = mkdtempSync(path.join(tmpdir(), 'papergraph-follow-'));
    try {
      const record = {
        id: 'explorer-live-1',
        title: 'Streaming Detectors Evaluated on COCO',
        published: '2025-02-01',
        abstract: 'We propose StreamDet, a streaming object detector, and evaluate it on COCO. StreamDet reaches 47.2% AP on COCO at 60 frames per second.',
      };
      writeFileSync(path.join(dir, 'live.jsonl'), `${JSON.stringify(record)}\n`);
      await ingestFiles(db, [dir], { workers: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const live = page.locator('#panel [data-live-paper="explorer-live-1"]');
    await live.waitFor({ timeout: 30_000 });
    expect(await live.innerText()).toMatch(/Streaming Detectors Evaluated on COCO/);
    expect(await live.locator('blockquote.evidence').innerText()).toMatch(/COCO/);
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('data-follow'))).toBe('Dataset:coco');
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#panel section.live').isHidden()).toBe(true);
  });

  it('a graph built from generated abstracts shows the synthetic banner and no arXiv links for its papers', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const dir = mkdtempSync(path.join(tmpdir(), 'papergraph-synthetic-'));
    try {
      await writeCorpus({ count: 3, seed: 'explorer-synthetic', format: 'jsonl', out: path.join(dir, 'g.jsonl') });
      await ingestFiles(db, [dir], { workers: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const { data } = await gql('{ stats { synthetic } papers(first: 100) { edges { node { paperId arxivId } } } }');
    expect(data.stats.synthetic).toBe(true);
    const generated = data.papers.edges.map((e: any) => e.node).find((p: any) => p.arxivId && !p.paperId.startsWith('explorer-'));
    await open(`#/explore?focus=paper:${generated.paperId}&sel=paper:${generated.paperId}`);
    await page.reload();
    await page.locator('#synthetic-banner').waitFor();
    expect(await page.locator('#synthetic-banner').innerText()).toMatch(/Synthetic data/);
    await page.locator('#panel .paper h2').waitFor();
    expect(await page.locator('#panel a', { hasText: 'Open on arXiv' }).count()).toBe(0);
  });

  it('made no request elsewhere, and logged no error or CSP violation', () => {
    expect(problems.foreign).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
