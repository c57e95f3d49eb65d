// papergraph explorer: a search box, a neighbourhood graph, a details panel and a path finder,
// all built on the public GraphQL API.
import { DETAILS, gql, NEIGHBOURHOOD, PAPER, PAPERS_PAGE, PAPERS_PER_EXPANSION, PAPERS_PER_PAGE, PATH, STATS } from './api.js';
import { EntityCombobox } from './combobox.js';
import { plural } from './dom.js';
import { GraphView, MAX_NODES, paperNodeId } from './graph.js';
import { renderCooc, renderEntity, renderLink, renderPaper, renderPath } from './panel.js';

const $ = (id) => document.getElementById(id);
const panel = $('panel');
const statusLine = $('graph-status');
const empty = $('graph-empty');

function status(message, { error = false } = {}) {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', error);
}

function graphSummary() {
  const nodes = graph.size;
  const note = graph.truncated ? ` — limited to ${MAX_NODES}; centre on a node to see more of it` : '';
  status(nodes === 0 ? '' : `${plural(nodes, 'node')}${note}`);
}

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
const neighbourhood = (entity) =>
  cached(`n:${entity.id}`, () => gql(NEIGHBOURHOOD, { ...ref(entity), papers: PAPERS_PER_EXPANSION }).then((d) => d.entity));
const details = (entity) => cached(`d:${entity.id}`, () => gql(DETAILS, ref(entity)).then((d) => d.entity));
const fullPaper = (id) => cached(`p:${id}`, () => gql(PAPER, { id }).then((d) => d.paper));

/* ---------------- the graph ---------------- */

const expanded = new Set();

const graph = new GraphView($('cy'), {
  onEntity: (data) => openEntity(data, { expand: true }),
  onPaper: (data) => openPaper(data.paper, { expand: true }),
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

/** Draws an entity's neighbourhood around it (first draw when `fresh`). */
async function expand(entity, { fresh = false } = {}) {
  if (expanded.has(entity.id) && !fresh) return;
  status(`Loading the neighbourhood of ${entity.name}…`);
  const n = await loadOrSay(entity.name, () => neighbourhood(entity));
  if (!n) return;
  if (fresh) {
    graph.clear();
    expanded.clear();
  }
  expanded.add(n.id);
  empty.hidden = true;
  const anchor = graph.position(n.id) ?? { x: 0, y: 0 };
  graph.addEntity(n, { shared: n.paperCount, near: anchor });
  const ranked = [n.datasets, n.relatedMethods, n.methods, n.institutions].filter(Boolean).flatMap((c) => c.edges);
  const shared = new Map(ranked.map((e) => [e.node.id, e.paperCount]));
  // The strongest co-occurrences first, so they get drawn even when the graph is nearly full.
  for (const e of ranked) graph.addEntity(e.node, { shared: e.paperCount, near: anchor });
  for (const { node: paper } of n.papers.edges) {
    if (!graph.addPaper(paper, { near: anchor })) break;
    const at = graph.position(paperNodeId(paper.id));
    for (const link of paper.entities) {
      if (graph.addEntity(link.entity, { shared: shared.get(link.entity.id) ?? 1, near: at })) graph.addLink(paper, link);
    }
  }
  for (const e of ranked) if (!graph.connectedByPaper(n.id, e.node.id)) graph.addCooc(n, e.node, e.paperCount);
  if (fresh) graph.mark(n.id, 'center');
  graph.cy.getElementById(n.id).addClass('expanded');
  graph.layout({ centerId: n.id, fresh });
  graphSummary();
}

/** Shows an entity in the panel (and expands it in the graph). */
async function openEntity(entity, { expand: grow = false } = {}) {
  graph.select(entity.id);
  const view = renderEntity(panel, entity, actions);
  if (grow && graph.has(entity.id)) expand(entity);
  try {
    const [d, n] = await Promise.all([details(entity), neighbourhood(entity)]);
    if (!d || !n) {
      view.error(`${entity.name} is not in the graph.`);
      return;
    }
    view.details(d);
    view.neighbourhood(n);
  } catch (error) {
    view.error(`Could not load: ${error.message}`);
  }
}

/** Shows a paper with its evidence; `expand` draws every entity it links to. */
async function openPaper(paper, { expand: grow = false } = {}) {
  const nodeId = paperNodeId(paper.id);
  if (grow || !graph.has(nodeId)) {
    if (!graph.has(nodeId) && graph.size > 0) {
      // A paper opened from the panel: attach it to the graph next to what it links to.
      const near = (paper.entities ?? []).map((l) => graph.position(l.entity.id)).find(Boolean);
      graph.addPaper(paper, { near });
    }
    if (graph.has(nodeId) && paper.entities) {
      const at = graph.position(nodeId);
      let added = false;
      for (const link of paper.entities) {
        if (!graph.has(link.entity.id)) added = graph.addEntity(link.entity, { near: at }) || added;
        graph.addLink(paper, link);
      }
      if (added) {
        graph.layout();
        graphSummary();
      }
    }
  }
  graph.select(nodeId);
  renderPaper(panel, paper, actions);
  try {
    const full = await fullPaper(paper.id);
    if (full && graph.cy.getElementById(nodeId).selected()) renderPaper(panel, full, actions);
    else if (full && !graph.has(nodeId)) renderPaper(panel, full, actions);
  } catch (error) {
    status(`Could not load the paper: ${error.message}`, { error: true });
  }
}

/* ---------------- actions the panel offers ---------------- */

/** Papers per page in the side panel; `?pageSize=N` (1 to 100) overrides it. */
const pageSize = Math.min(Math.max(Number(new URLSearchParams(location.search).get('pageSize')) || PAPERS_PER_PAGE, 1), 100);

const actions = {
  entity: (entity) => {
    if (mode === 'explore' && graph.has(entity.id)) openEntity(entity, { expand: true });
    else navigate(entityHash(entity));
  },
  paper: (paper) => openPaper(paper),
  focus: (entity) => navigate(entityHash(entity)),
  pathFrom: (entity) => {
    pathFrom.set(entity);
    setMode('path');
    pathTo.input.focus();
  },
  pathTo: (entity) => {
    pathTo.set(entity);
    setMode('path');
    (pathFrom.value ? $('path-go') : pathFrom.input).focus();
  },
  papers: async (entity, after) => {
    const data = await gql(PAPERS_PAGE, { ...ref(entity), first: pageSize, after });
    return data.entity?.papers ?? null;
  },
};

/* ---------------- modes, search and path ---------------- */

let mode = 'explore';
function setMode(next) {
  mode = next;
  $('mode-explore').setAttribute('aria-pressed', String(next === 'explore'));
  $('mode-path').setAttribute('aria-pressed', String(next === 'path'));
  $('search-form').hidden = next !== 'explore';
  $('path-form').hidden = next !== 'path';
}
$('mode-explore').addEventListener('click', () => {
  setMode('explore');
  search.input.focus();
});
$('mode-path').addEventListener('click', () => {
  setMode('path');
  if (!pathFrom.value && focused) pathFrom.set(focused);
  (pathFrom.value ? pathTo.input : pathFrom.input).focus();
});

let focused = null;
const search = new EntityCombobox($('search-input'), $('search-list'), (entity) => navigate(entityHash(entity)));
$('search-form').addEventListener('submit', (event) => event.preventDefault());

const pathFrom = new EntityCombobox($('path-from'), $('path-from-list'), () => pathTo.input.focus());
const pathTo = new EntityCombobox($('path-to'), $('path-to-list'), () => $('path-go').focus());
$('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!pathFrom.value || !pathTo.value) {
    status('Pick both ends of the path from the suggestions.', { error: true });
    (pathFrom.value ? pathTo.input : pathFrom.input).focus();
    return;
  }
  navigate(`#/path/${pathFrom.value.type}/${encodeURIComponent(pathFrom.value.name)}/${pathTo.value.type}/${encodeURIComponent(pathTo.value.name)}/${$('path-hops').value}`);
});

async function showPath(from, to, maxHops) {
  setMode('path');
  pathFrom.set(from);
  pathTo.set(to);
  $('path-hops').value = String(maxHops);
  status(`Looking for a path from ${from.name} to ${to.name}…`);
  try {
    const data = await gql(PATH, { from: ref(from), to: ref(to), maxHops });
    const path = data.path;
    expanded.clear();
    empty.hidden = true;
    if (path) {
      graph.showPath(path);
      renderPath(panel, path.steps[0].from, path.steps.at(-1).to, path, maxHops, actions);
      status(`${plural(path.length, 'paper')} from ${from.name} to ${to.name}`);
    } else {
      graph.clear();
      renderPath(panel, from, to, null, maxHops, actions);
      status(`No connection within ${plural(maxHops, 'paper')}.`);
    }
  } catch (error) {
    status(`Could not find a path: ${error.message}`, { error: true });
  }
}

/* ---------------- addresses: #/METHOD/RTMDet, #/path/METHOD/A/DATASET/B/3 ---------------- */

const TYPES = new Set(['METHOD', 'DATASET', 'INSTITUTION']);
const entityHash = (entity) => `#/${entity.type}/${encodeURIComponent(entity.name)}`;

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'path' && TYPES.has(parts[1]) && TYPES.has(parts[3]) && parts[2] && parts[4]) {
    const hops = Math.min(Math.max(Number(parts[5]) || 3, 1), 4);
    await showPath(stub(parts[1], parts[2]), stub(parts[3], parts[4]), hops);
  } else if (TYPES.has(parts[0]) && parts[1]) {
    await focusEntity(stub(parts[0], parts[1]));
  }
}

/** An entity known by type and name only: resolve it to its id first. */
function stub(type, name) {
  return { type, name, id: null };
}

async function resolve(entity) {
  if (entity.id) return entity;
  const data = await gql(`query E($type: EntityType!, $name: String!) { entity(type: $type, name: $name) { id name type paperCount } }`, ref(entity));
  return data.entity;
}

/** Runs `load` for the entity called `name`; when it fails or finds nothing, says so in the status line. */
async function loadOrSay(name, load) {
  try {
    const value = await load();
    if (!value) status(`${name} is not in the graph.`, { error: true });
    return value;
  } catch (error) {
    status(`Could not load ${name}: ${error.message}`, { error: true });
    return undefined;
  }
}

async function focusEntity(entityOrStub) {
  setMode('explore');
  const entity = await loadOrSay(entityOrStub.name, () => resolve(entityOrStub));
  if (!entity) return;
  focused = entity;
  search.set(entity);
  document.title = `${entity.name} — papergraph explorer`;
  await Promise.all([expand(entity, { fresh: true }), openEntity(entity)]);
  graph.select(entity.id);
}

window.addEventListener('hashchange', route);

/* ---------------- graph tools ---------------- */

$('tool-fit').addEventListener('click', () => graph.fit());
$('tool-layout').addEventListener('click', () => graph.layout({ centerId: focused?.id, fresh: true }));
$('tool-clear').addEventListener('click', () => {
  graph.clear();
  expanded.clear();
  empty.hidden = false;
  graphSummary();
});

/* ---------------- start ---------------- */

gql(STATS)
  .then(({ stats }) => {
    $('stats').textContent = `${plural(stats.papers, 'paper')} · ${plural(stats.methods, 'method')} · ${plural(stats.datasets, 'dataset')} · ${plural(stats.institutions, 'institution')}`;
  })
  .catch((error) => {
    $('stats').textContent = `The API did not answer: ${error.message}`;
  });

// A hook for debugging and the end-to-end test: the cytoscape instance and the current state.
window.papergraphExplorer = { graph, get cy() { return graph.cy; }, get mode() { return mode; } };

route();
if (!location.hash) search.input.focus();
