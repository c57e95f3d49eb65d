// papergraph explorer: a search box, a neighbourhood graph, a details panel, a path finder and a
// method comparison, all built on the public GraphQL API. What is on screen is drawn from the
// address (state.js): every action changes the address, and the address change draws.
import { COMPARE, DATASET_RESULTS, DETAILS, ENTITY, gql, LEADERBOARDS, NEIGHBOURHOOD, PAPER, PAPERS_PAGE, PAPERS_PER_EXPANSION, PAPERS_PER_PAGE, PATH, RANKED_ALL, RANKED_PER_KIND, STATS } from './api.js';
import { follow } from './follow.js';
import { EntityCombobox } from './combobox.js';
import { download, plural, site } from './dom.js';
import { graphPng, graphSvg } from './export.js';
import { GraphView, MAX_NODES, paperNodeId } from './graph.js';
import { buildFilters, buildLegend } from './legend.js';
import { renderCompare, renderCooc, renderEntity, renderLink, renderPaper, renderPath } from './panel.js';
import { emptyState, filterOf, parse, refOfUid, serialize } from './state.js';

const $ = (id) => document.getElementById(id);
const panel = $('panel');
const statusLine = $('graph-status');
const empty = $('graph-empty');
const PANEL_EMPTY = panel.innerHTML === '' ? null : [...panel.childNodes].map((n) => n.cloneNode(true));

function status(message, { error = false } = {}) {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', error);
}

/** A number from the page's query string (`/?cap=4`), within bounds, else the default. */
const option = (key, fallback, max) => Math.min(Math.max(Number(new URLSearchParams(location.search).get(key)) || fallback, 1), max);
/** Entities and papers drawn per expansion, and per "Show more" (`?cap=N` changes both). */
const ENTITY_CAP = option('cap', 12, 50);
const PAPER_CAP = option('cap', 8, 50);
/** Co-occurring entities listed per kind before "and N more" (`?ranked=N`). */
const RANKED = option('ranked', RANKED_PER_KIND, 100);

/* ---------------- data, cached per entity ---------------- */

const cache = new Map();
function cached(key, load) {
  if (!cache.has(key)) {
    const promise = load();
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return cache.get(key);
}
const ref = (entity) => ({ type: entity.type, name: entity.name });
const neighbourhood = (entity, level = 0) => {
  const papers = Math.min(PAPERS_PER_EXPANSION + PAPER_CAP * level, 100);
  const ranked = Math.min(RANKED + ENTITY_CAP * level, 100);
  return cached(`n:${entity.uid}:${level}`, () => gql(NEIGHBOURHOOD, { ...ref(entity), papers, ranked }).then((d) => d.entity));
};
const details = (entity) => cached(`d:${entity.uid}`, () => gql(DETAILS, ref(entity)).then((d) => d.entity));
const fullPaper = (id) => cached(`p:${id}`, () => gql(PAPER, { id }).then((d) => d.paper));
/** An entity named by uid: its name, type and paper count. */
const entityOf = (uid) => cached(`e:${uid}`, () => gql(ENTITY, refOfUid(uid)).then((d) => d.entity));

/* ---------------- state: the address is the truth ---------------- */

let state = emptyState();
let drawn = null; // the state the graph was last drawn for
let remaining = 0; // neighbours of the focus not drawn yet

function go(change, { replace = false } = {}) {
  const next = { ...state, ...change };
  const hash = serialize(next);
  if (hash === location.hash || (hash === '#/' && !location.hash)) return tracked();
  if (replace) {
    history.replaceState(null, '', hash);
    tracked();
  } else location.hash = hash;
}

/** Keyboard focus stays where the user was: in the panel when the action came from it. */
function keepFocus(fromPanel) {
  if (fromPanel) panel.querySelector('h2')?.focus();
}
const inPanel = () => panel.contains(document.activeElement);

/* ---------------- the graph ---------------- */

const graph = new GraphView($('cy'), {
  onEntity: (data) => {
    const x = state.x.includes(data.uid) || data.uid === state.focus ? state.x : [...state.x, data.uid];
    go({ x, sel: data.uid });
  },
  onPaper: (data) => go({ sel: paperNodeId(data.paperId) }),
  onLink: (data) => {
    graph.select(data.id);
    const paper = graph.cy.getElementById(paperNodeId(data.paperId)).data('paper');
    renderLink(panel, data, paper, actions);
  },
  onCooc: (data) => {
    graph.select(data.id);
    renderCooc(panel, data, actions);
  },
  onBackground: () => graph.select(null),
  onLayout: () => graphSummary(),
});

function graphSummary() {
  const nodes = graph.cy.nodes(':visible').length;
  const more = $('tool-more');
  more.hidden = !(state.mode === 'explore' && remaining > 0 && !graph.truncated);
  more.textContent = `Show ${Math.min(remaining, ENTITY_CAP)} more`;
  const note = graph.truncated ? ` — limited to ${MAX_NODES}` : remaining > 0 ? ` · ${remaining} more neighbours not drawn` : '';
  status(nodes === 0 ? '' : `${plural(nodes, 'node')}${note}`);
}

/** Draws an entity's (or a paper's) neighbourhood: the strongest neighbours up to the cap, placed around it. */
async function expand(uid, { level = 0, first = false } = {}) {
  if (uid.startsWith('paper:')) {
    const paper = await fullPaper(uid.slice(6));
    if (!paper) throw new Error(`There is no paper ${uid.slice(6)}.`);
    graph.addPaper(paper);
    for (const link of paper.entities) if (graph.addEntity(link.entity)) graph.addLink(paper, link);
    graph.cy.getElementById(uid).addClass('expanded');
    return;
  }
  const entity = await entityOf(uid);
  if (!entity) throw new Error(`${uid} is not in the graph.`);
  const n = await neighbourhood(entity, level);
  graph.addEntity(n, { shared: n.paperCount });
  const ranked = [n.datasets, n.relatedMethods, n.methods, n.institutions]
    .filter(Boolean)
    .flatMap((c) => c.edges)
    .sort((a, b) => b.paperCount - a.paperCount);
  const chosen = ranked.slice(0, ENTITY_CAP * (level + 1));
  const allowed = new Set([n.uid, ...chosen.map((e) => e.node.uid)]);
  const shared = new Map(ranked.map((e) => [e.node.uid, e.paperCount]));
  for (const e of chosen) graph.addEntity(e.node, { shared: e.paperCount });
  for (const { node: paper } of n.papers.edges.slice(0, PAPER_CAP * (level + 1))) {
    if (!graph.addPaper(paper)) break;
    for (const link of paper.entities) {
      const drawnAlready = graph.has(link.entity.uid);
      if (!drawnAlready && !allowed.has(link.entity.uid) && link.entity.type !== 'TASK') continue;
      if (drawnAlready || graph.addEntity(link.entity, { shared: shared.get(link.entity.uid) ?? 1 })) graph.addLink(paper, link);
    }
  }
  for (const e of chosen) if (!graph.connectedByPaper(n.uid, e.node.uid)) graph.addCooc(n, e.node, e.paperCount);
  graph.cy.getElementById(n.uid).addClass('expanded');
  if (first) {
    const total = [n.datasets, n.relatedMethods, n.methods, n.institutions].filter(Boolean).reduce((sum, c) => sum + c.totalCount, 0);
    remaining = Math.max(total - chosen.length, 0) + Math.max(n.papers.totalCount - PAPER_CAP * (level + 1), 0);
  }
}

/** Draws the explore view for the state: from scratch, or only what was added since `drawn`. */
async function drawExplore(s) {
  const same = drawn && drawn.mode === 'explore' && drawn.focus === s.focus && s.x.slice(0, drawn.x.length).join() === drawn.x.join() && s.more >= drawn.more;
  try {
    if (!same) {
      graph.clear();
      remaining = 0;
      empty.hidden = true;
      status('Loading…');
      await expand(s.focus, { level: s.more, first: true });
      graph.mark(s.focus, 'center');
      for (const uid of s.x) await expand(uid);
      graph.layout({ centerId: s.focus });
    } else {
      if (s.more > drawn.more) {
        await expand(s.focus, { level: s.more, first: true });
        graph.placeAround(s.focus);
      }
      for (const uid of s.x.slice(drawn.x.length)) {
        await expand(uid);
        graph.placeAround(uid);
      }
    }
  } catch (error) {
    status(error.message, { error: true });
    drawn = null;
    return false;
  }
  drawn = { ...s };
  graph.applyFilter(filterOf(s));
  graphSummary();
  return true;
}

/* ---------------- the panel ---------------- */

async function showSelection(sel, fromPanel) {
  if (sel.startsWith('paper:')) {
    graph.select(sel);
    const stub = graph.cy.getElementById(sel).data('paper');
    if (stub) renderPaper(panel, stub, actions);
    keepFocus(fromPanel);
    try {
      const full = await fullPaper(sel.slice(6));
      if (!full) return status(`There is no paper ${sel.slice(6)}.`, { error: true });
      if (state.sel === sel) renderPaper(panel, full, actions);
      keepFocus(fromPanel);
    } catch (error) {
      status(`Could not load the paper: ${error.message}`, { error: true });
    }
    return;
  }
  const entity = await entityOf(sel).catch(() => null);
  if (!entity) return status(`${sel} is not in the graph.`, { error: true });
  graph.select(sel);
  document.title = `${entity.name} — papergraph explorer`;
  const view = renderEntity(panel, entity, actions);
  keepFocus(fromPanel);
  try {
    const [d, n] = await Promise.all([details(entity), neighbourhood(entity)]);
    if (!d || !n) return view.error(`${entity.name} is not in the graph.`);
    view.details(d);
    view.neighbourhood(n);
    if (entity.type === 'DATASET') {
      gql(LEADERBOARDS, { name: entity.name })
        .then((data) => data.dataset?.leaderboards ?? [])
        .catch(() => gql(DATASET_RESULTS, { name: entity.name }).then((data) => boardsOf(data.dataset?.results ?? [])))
        .then((boards) => view.leaderboards(boards))
        .catch((error) => view.leaderboards(null, error.message));
    }
  } catch (error) {
    view.error(`Could not load: ${error.message}`);
  }
}

/**
 * Leaderboards from a dataset's results, for a server without `Dataset.leaderboards`: one board
 * per task and metric, each method's best absolute result, ranked by the metric's direction.
 */
function boardsOf(results) {
  const boards = new Map();
  for (const r of results) {
    if (r.kind === 'DELTA' || r.score === null || !r.method) continue;
    const key = `${r.task?.uid ?? ''}|${r.metric.name}`;
    if (!boards.has(key)) boards.set(key, { task: r.task, metric: r.metric, higherIsBetter: r.metric.higherIsBetter !== false, best: new Map() });
    const board = boards.get(key);
    const held = board.best.get(r.method.uid);
    const better = (a, b) => (board.higherIsBetter ? a.score > b.score : a.score < b.score);
    if (!held || better(r, held)) board.best.set(r.method.uid, r);
  }
  return [...boards.values()].map((b) => ({
    task: b.task,
    metric: b.metric,
    higherIsBetter: b.higherIsBetter,
    entries: [...b.best.values()]
      .sort((x, y) => (b.higherIsBetter ? y.score - x.score : x.score - y.score))
      .map((result, i) => ({ rank: i + 1, method: result.method, result })),
  }));
}

/* ---------------- actions the panel offers ---------------- */

const pageSize = option('pageSize', PAPERS_PER_PAGE, 100);

const actions = {
  follow: (entity, onEvent, onError) => follow(entity, onEvent, onError),
  entity: (entity) => {
    const fromPanel = inPanel();
    if (state.mode === 'explore' && state.focus && graph.has(entity.uid)) go({ sel: entity.uid });
    else go({ ...emptyState(), roles: state.roles, types: state.types, from: state.from, to: state.to, focus: entity.uid, sel: entity.uid });
    pendingPanelFocus = fromPanel;
  },
  paper: (paper) => {
    pendingPanelFocus = inPanel();
    if (state.mode === 'explore' && state.focus) {
      const uid = paperNodeId(paper.paperId);
      go({ x: graph.has(uid) || state.x.includes(uid) ? state.x : [...state.x, uid], sel: uid });
    } else go({ ...emptyState(), focus: paperNodeId(paper.paperId), sel: paperNodeId(paper.paperId) });
  },
  focus: (entity) => go({ ...emptyState(), roles: state.roles, types: state.types, from: state.from, to: state.to, focus: entity.uid, sel: entity.uid }),
  pathFrom: (entity) => go({ mode: 'path', pathFrom: entity.uid }),
  pathTo: (entity) => go({ mode: 'path', pathTo: entity.uid, pathFrom: state.pathFrom ?? (state.focus?.startsWith('paper:') ? null : state.focus) }),
  compare: (entity) => go({ mode: 'compare', methods: [...new Set([...state.methods, entity.uid])] }),
  papers: async (entity, after) => {
    const data = await gql(PAPERS_PAGE, { ...ref(entity), first: pageSize, after });
    return data.entity?.papers ?? null;
  },
  ranked: async (entity, field) => (await gql(RANKED_ALL(field), ref(entity))).entity[field.name],
  filter: () => filterOf(state),
};
let pendingPanelFocus = false;

/* ---------------- modes, search, path and compare forms ---------------- */

function showMode(mode) {
  for (const m of ['explore', 'path', 'compare']) {
    $(`mode-${m}`).setAttribute('aria-pressed', String(mode === m));
    $(`${m === 'explore' ? 'search' : m}-form`).hidden = mode !== m;
  }
}
$('mode-explore').addEventListener('click', () => {
  go({ mode: 'explore', sel: state.sel ?? state.focus });
  search.input.focus();
});
$('mode-path').addEventListener('click', () => {
  go({ mode: 'path', pathFrom: state.pathFrom ?? (state.focus && !state.focus.startsWith('paper:') ? state.focus : null) });
  (state.pathFrom ? pathTo.input : pathFrom.input).focus();
});
$('mode-compare').addEventListener('click', () => {
  go({ mode: 'compare' });
  compareAdd.input.focus();
});

const search = new EntityCombobox($('search-input'), $('search-list'), (hit) => {
  if (hit.paper) actions.paper(hit.paper);
  else actions.focus(hit);
}, { papers: true });
$('search-form').addEventListener('submit', (event) => event.preventDefault());

const pathFrom = new EntityCombobox($('path-from'), $('path-from-list'), () => pathTo.input.focus());
const pathTo = new EntityCombobox($('path-to'), $('path-to-list'), () => $('path-go').focus());
$('path-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  // A name typed in full without picking a suggestion counts: the best match of the typed text.
  const [from, to] = await Promise.all([pathFrom.resolve(), pathTo.resolve()]);
  if (!from || !to) {
    const which = !from ? pathFrom : pathTo;
    status(which.input.value.trim() ? `Nothing is called “${which.input.value.trim()}”.` : 'Type or pick both ends of the path.', { error: true });
    which.input.focus();
    return;
  }
  go({ mode: 'path', pathFrom: from.uid, pathTo: to.uid, hops: Number($('path-hops').value) });
});

const compareAdd = new EntityCombobox($('compare-input'), $('compare-list'), (entity) => {
  compareAdd.set(null);
  go({ mode: 'compare', methods: [...new Set([...state.methods, entity.uid])].slice(0, 10) });
  compareAdd.input.focus();
}, { types: ['METHOD'] });
$('compare-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const entity = await compareAdd.resolve();
  if (entity) compareAdd.onPick(entity);
});

async function showPath(s) {
  const [from, to] = await Promise.all([s.pathFrom && entityOf(s.pathFrom), s.pathTo && entityOf(s.pathTo)].map((p) => (p ? p.catch(() => null) : null)));
  pathFrom.set(from);
  pathTo.set(to);
  $('path-hops').value = String(s.hops);
  drawn = null;
  if (!from || !to) {
    graph.clear();
    empty.hidden = false;
    if ((s.pathFrom && !from) || (s.pathTo && !to)) status(`${!from ? s.pathFrom : s.pathTo} is not in the graph.`, { error: true });
    else status('');
    return;
  }
  empty.hidden = true;
  status(`Looking for a path from ${from.name} to ${to.name}…`);
  try {
    const { path } = await gql(PATH, { from: ref(from), to: ref(to), maxHops: s.hops });
    if (path && path.length === 0) {
      graph.clear();
      graph.addEntity(from, { shared: 3 });
      graph.mark(from.uid, 'endpoint');
      graph.layout({});
      renderPath(panel, from, to, path, s.hops, actions);
      status(`${from.name} is both ends: no papers needed.`);
    } else if (path) {
      graph.showPath(path);
      renderPath(panel, from, to, path, s.hops, actions);
      status(`${plural(path.length, 'paper')} from ${from.name} to ${to.name}`);
    } else {
      graph.clear();
      renderPath(panel, from, to, null, s.hops, actions);
      status(`No connection within ${plural(s.hops, 'paper')}.`);
    }
    graph.applyFilter(filterOf(s));
  } catch (error) {
    status(`Could not find a path: ${error.message}`, { error: true });
  }
}

async function showCompare(s) {
  drawn = null;
  renderChips(s.methods);
  graph.clear();
  if (s.methods.length === 0) {
    empty.hidden = false;
    status('');
    return;
  }
  empty.hidden = true;
  try {
    const names = await Promise.all(s.methods.map((uid) => entityOf(uid).then((e) => e?.name ?? refOfUid(uid).name)));
    const { compare } = await gql(COMPARE, { methods: names });
    renderCompare(panel, compare, actions);
    for (const m of compare.methods) graph.addEntity(m, { shared: 4 });
    for (const d of compare.datasets) graph.addEntity(d, { shared: 2 });
    for (const c of compare.cells) graph.addCooc(c.method, c.dataset, 1);
    graph.layout({});
    status(`${plural(compare.methods.length, 'method')} across ${plural(compare.datasets.length, 'dataset')}`);
  } catch (error) {
    status(`Could not compare: ${error.message}`, { error: true });
  }
}

function renderChips(methods) {
  const list = $('compare-chips');
  list.replaceChildren();
  for (const uid of methods) {
    const li = document.createElement('li');
    li.className = 'chip';
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'linkish';
    remove.setAttribute('aria-label', `Remove ${refOfUid(uid).name} from the comparison`);
    remove.textContent = '×';
    remove.addEventListener('click', () => {
      go({ methods: state.methods.filter((m) => m !== uid) });
      compareAdd.input.focus();
    });
    entityOf(uid).then((e) => li.prepend(`${e?.name ?? uid} `)).catch(() => li.prepend(`${uid} `));
    li.append(remove);
    list.append(li);
  }
}

/* ---------------- routing ---------------- */

async function route() {
  const parsed = parse(location.hash);
  if (parsed.error) {
    status(`This address is not valid: ${parsed.error}.`, { error: true });
    return;
  }
  let next = parsed.state;
  if (next.focusName) {
    // The old address form `#/DATASET/COCO`: look the name up, then use the uid form.
    const data = await gql(ENTITY, next.focusName).catch(() => ({ entity: null }));
    if (!data.entity) return status(`${next.focusName.name} is not in the graph.`, { error: true });
    history.replaceState(null, '', serialize({ ...emptyState(), focus: data.entity.uid, sel: data.entity.uid }));
    return route();
  }
  const fromPanel = pendingPanelFocus;
  pendingPanelFocus = false;
  const previous = state;
  state = next;
  showMode(state.mode);
  filters.set(state);
  if (state.mode === 'path') return showPath(state);
  if (state.mode === 'compare') return showCompare(state);
  if (!state.focus) {
    // Back to the start: nothing drawn, the panel's introduction, the search box ready.
    graph.clear();
    drawn = null;
    remaining = 0;
    empty.hidden = false;
    status('');
    panel.replaceChildren(...(PANEL_EMPTY ?? []).map((n) => n.cloneNode(true)));
    search.set(null);
    document.title = 'papergraph explorer';
    graphSummary();
    return;
  }
  const ok = await drawExplore(state);
  if (!ok || state !== next) return;
  if (state.focus && !state.focus.startsWith('paper:')) entityOf(state.focus).then((e) => e && search.set(e));
  const sel = state.sel ?? state.focus;
  if (sel !== previous.sel || !previous.focus || previous.mode !== 'explore' || !panel.querySelector('article')) await showSelection(sel, fromPanel);
  else graph.select(sel);
}

/** Routes currently drawing (the end-to-end test waits for none). */
let busy = 0;
async function tracked() {
  busy++;
  try {
    await route();
  } finally {
    busy--;
  }
}

window.addEventListener('hashchange', tracked);

/* ---------------- graph tools, filters, legend, exports ---------------- */

$('tool-fit').addEventListener('click', () => graph.fit());
$('tool-layout').addEventListener('click', () => graph.layout({ centerId: state.focus }));
$('tool-more').addEventListener('click', () => go({ more: state.more + 1 }));
$('tool-clear').addEventListener('click', () => {
  go({ ...emptyState() });
  search.input.focus();
});
$('tool-png').addEventListener('click', () => download('papergraph.png', graphPng(graph.cy)));
$('tool-svg').addEventListener('click', () => download('papergraph.svg', graphSvg(graph.cy), 'image/svg+xml'));
buildLegend($('legend'));
const filters = buildFilters($('filters'), (change) => go(change));

/* ---------------- start ---------------- */

gql(STATS)
  .then(({ stats }) => {
    site.synthetic = stats.synthetic;
    $('synthetic-banner').hidden = !stats.synthetic;
    // A paper drawn before the stats arrived may carry an arXiv link that a synthetic graph must not offer.
    if (stats.synthetic) for (const link of document.querySelectorAll('a[data-arxiv]')) link.remove();
    const counts = [plural(stats.papers, 'paper'), plural(stats.methods, 'method'), plural(stats.datasets, 'dataset')];
    if (stats.tasks > 0) counts.push(plural(stats.tasks, 'task'));
    $('stats').textContent = counts.join(' · ');
  })
  .catch((error) => {
    $('stats').textContent = `The API did not answer: ${error.message}`;
  });

// A hook for debugging and the end-to-end test: the cytoscape instance and the current state.
window.papergraphExplorer = { graph, get cy() { return graph.cy; }, get mode() { return state.mode; }, get state() { return state; }, get busy() { return busy; } };

tracked().then(() => {
  if (!location.hash || location.hash === '#/') search.input.focus();
});
