// The cytoscape view: entities and papers as nodes, paper–entity links (with role and evidence)
// and entity–entity co-occurrence as edges. Readable on purpose: only the most connected nodes
// and the selection carry a label at the current zoom, labels never overlap, a hovered node
// fades everything but its neighbours, and an expansion places new nodes around the expanded
// one without moving the others.
import cytoscape from './vendor/cytoscape.mjs';
import { paperTitle, ROLE_LABEL } from './dom.js';
import { ROLES, TYPES } from './vocabulary.js';

export const MAX_NODES = 300;

// Styles follow the vocabulary's order, so a new type or role gets one without re-spelling it.
const TYPE_PALETTE = ['#2f6fdf', '#e07b12', '#8a4fd8', '#059669', '#be185d', '#475569'];
const TYPE_SHAPES = ['ellipse', 'round-diamond', 'round-hexagon', 'round-triangle', 'round-tag', 'ellipse'];
const ROLE_PALETTE = ['#1e293b', '#64748b', '#d97706', '#dc2626', '#a78bfa', '#7c3aed', '#059669', '#be185d'];
const ROLE_WIDTH = [3, 1.5, 2.5, 2, 1.5, 2, 2, 2];
const ROLE_DASHED = [false, false, false, true, true, false, false, false];
/** Co-occurrence: dotted and in a colour no role uses. */
export const COOC_COLOUR = '#0891b2';
export const PAPER_STYLE = { colour: '#7b8798', shape: 'round-rectangle' };

export const typeStyle = Object.fromEntries(TYPES.map((t, i) => [t.type, { colour: TYPE_PALETTE[i] ?? '#475569', shape: TYPE_SHAPES[i] ?? 'ellipse' }]));
export const roleStyle = Object.fromEntries(
  ROLES.map((r, i) => [r.role, { colour: ROLE_PALETTE[i] ?? '#64748b', width: ROLE_WIDTH[i] ?? 1.5, dashed: ROLE_DASHED[i] ?? false }]),
);

/** Rendered label size in pixels at any zoom, and the most labels drawn at once. */
const LABEL_PX = 12;
const MAX_LABELS = 16;
/**
 * Room a fit leaves around the graph: labels are centred under their node and keep their screen
 * size at any zoom, so the outermost ones need half the widest label (its `tw`, 11 × LABEL_PX) —
 * at most a fifth of the view, so a phone still has room for the graph.
 */
const fitPadding = (cy) => Math.min(Math.ceil((LABEL_PX * 11) / 2) + 8, Math.round(Math.min(cy.width(), cy.height()) / 5));

const STYLE = [
  {
    selector: 'node',
    style: {
      label: '',
      'font-size': 'data(fs)',
      'font-weight': 500,
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': 'data(tw)',
      'text-outline-color': '#f5f7fa',
      'text-outline-width': 2,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(typeStyle).map(([type, s]) => ({ selector: `node[type = "${type}"]`, style: { 'background-color': s.colour, shape: s.shape } })),
  { selector: 'node[type = "PAPER"]', style: { 'background-color': PAPER_STYLE.colour, shape: PAPER_STYLE.shape, width: 14, height: 18, 'border-width': 1.5, 'font-weight': 400, color: '#334155' } },
  { selector: 'node.labelled, node.hover, node:selected', style: { label: 'data(label)', 'z-index': 20 } },
  { selector: 'node.center', style: { width: 58, height: 58, 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 700, 'z-index': 10 } },
  { selector: 'node.expanded', style: { 'border-color': '#0f172a' } },
  { selector: 'node.endpoint', style: { 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 700 } },
  { selector: 'node[type = "PAPER"].onpath', style: { width: 18, height: 22, 'text-valign': 'top', 'text-margin-y': -4, 'text-wrap': 'wrap' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1d4ed8' } },
  { selector: 'node.hover', style: { 'overlay-color': '#0f172a', 'overlay-opacity': 0.08, 'overlay-padding': 5, 'z-index': 40 } },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: 'edge', style: { width: 1.5, 'line-color': '#94a3b8', 'curve-style': 'bezier', opacity: 0.9, 'font-size': 'data(fs)', color: '#334155', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2 } },
  ...Object.entries(roleStyle).map(([role, s]) => ({
    selector: `edge[role = "${role}"]`,
    style: { 'line-color': s.colour, width: s.width, 'line-style': s.dashed ? 'dashed' : 'solid' },
  })),
  {
    selector: 'edge[kind = "cooc"]',
    // A dash of length ~0 with round caps draws dots (cytoscape's own "dotted" looks solid when wide).
    style: { width: 'data(width)', 'line-style': 'dashed', 'line-dash-pattern': [0.1, 7], 'line-cap': 'round', 'line-color': COOC_COLOUR, opacity: 0.85 },
  },
  { selector: 'edge.path', style: { width: 3.5, label: 'data(roleLabel)' } },
  { selector: 'edge.hover, edge:selected', style: { label: 'data(roleLabel)', 'z-index': 30, opacity: 1 } },
  { selector: 'edge:selected', style: { 'line-color': '#1d4ed8' } },
];

export const paperNodeId = (paperId) => `paper:${paperId}`;

export class GraphView {
  /**
   * @param {HTMLElement} container
   * @param {{ onEntity(data): void, onPaper(data): void, onLink(data): void, onCooc(data): void, onBackground(): void, onLayout?(): void }} handlers
   */
  constructor(container, handlers) {
    this.handlers = handlers;
    this.truncated = false;
    this.filter = null;
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.15, maxZoom: 3.5, boxSelectionEnabled: false, selectionType: 'single' });
    const cy = this.cy;
    cy.on('tap', 'node', (event) => {
      const data = event.target.data();
      if (data.type === 'PAPER') handlers.onPaper(data, event.target);
      else handlers.onEntity(data, event.target);
    });
    cy.on('tap', 'edge', (event) => {
      const data = event.target.data();
      if (data.kind === 'cooc') handlers.onCooc(data, event.target);
      else handlers.onLink(data, event.target);
    });
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.onBackground();
    });
    cy.on('mouseover', 'node', (event) => this.hover(event.target));
    cy.on('mouseover', 'edge', (event) => {
      event.target.addClass('hover');
      container.classList.add('pointer');
    });
    cy.on('mouseout', 'node, edge', () => this.hover(null));
    let timer;
    cy.on('zoom', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.relabel(), 120);
    });
    cy.on('add remove', () => {
      const big = cy.nodes().length > 150;
      cy.renderer().hideEdgesOnViewport = big;
      cy.renderer().textureOnViewport = big;
    });
    this.container = container;
  }

  get size() {
    return this.cy.nodes().length;
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  clear() {
    this.cy.elements().remove();
    this.truncated = false;
  }

  /** Neighbours highlighted, everything else faded, while the pointer is on a node. */
  hover(node) {
    this.cy.elements('.hover').removeClass('hover');
    this.cy.elements('.faded').removeClass('faded');
    this.container.classList.toggle('pointer', Boolean(node));
    if (!node) return;
    const near = node.closedNeighborhood();
    near.nodes().addClass('hover');
    this.cy.elements().not(near).addClass('faded');
  }

  room() {
    if (this.cy.nodes().length < MAX_NODES) return true;
    this.truncated = true;
    return false;
  }

  /** Adds (or updates) an entity node; `shared` sizes it. Returns false when the graph is full. */
  addEntity(entity, { shared = 1 } = {}) {
    const existing = this.cy.getElementById(entity.uid);
    if (existing.nonempty()) {
      if (shared > (existing.data('shared') ?? 0)) existing.data({ shared, size: entitySize(shared) });
      return true;
    }
    if (!this.room()) return false;
    this.cy.add({
      group: 'nodes',
      data: { id: entity.uid, uid: entity.uid, label: entity.name, name: entity.name, type: entity.type, paperCount: entity.paperCount, shared, size: entitySize(shared), fs: LABEL_PX, tw: 130 },
      classes: 'new',
    });
    return true;
  }

  /** Adds a paper node carrying its links. Returns false when the graph is full. */
  addPaper(paper) {
    const id = paperNodeId(paper.paperId);
    const existing = this.cy.getElementById(id);
    if (existing.nonempty()) {
      if (paper.entities) existing.data('paper', paper);
      return true;
    }
    if (!this.room()) return false;
    this.cy.add({ group: 'nodes', data: { id, type: 'PAPER', label: paperTitle(paper, 60), paperId: paper.paperId, year: paper.year ?? null, paper, fs: LABEL_PX, tw: 150 }, classes: 'new' });
    return true;
  }

  /** Adds the edge paper → entity for one link (both nodes must exist). */
  addLink(paper, link, extra = {}) {
    const source = paperNodeId(paper.paperId);
    const target = link.entity.uid;
    const id = `link:${paper.paperId}|${target}|${link.role}`;
    if (this.has(id) || !this.has(source) || !this.has(target)) return;
    this.cy.add({
      group: 'edges',
      data: { id, source, target, kind: 'link', role: link.role, roleLabel: ROLE_LABEL[link.role] ?? link.role, evidence: link.evidence, confidence: link.confidence, paperId: paper.paperId, entity: link.entity, fs: 10 },
      classes: extra.classes ?? '',
    });
  }

  /** Adds a dotted entity–entity edge for papers they share that are not drawn. */
  addCooc(a, b, shared) {
    const [x, y] = [a.uid, b.uid].sort();
    const id = `cooc:${x}|${y}`;
    if (this.has(id) || !this.has(a.uid) || !this.has(b.uid)) return;
    this.cy.add({ group: 'edges', data: { id, source: a.uid, target: b.uid, kind: 'cooc', shared, width: Math.min(1.5 + shared, 6), roleLabel: `${shared} shared paper${shared === 1 ? '' : 's'}`, a, b, fs: 10 } });
  }

  connectedByPaper(aId, bId) {
    const a = this.cy.getElementById(aId);
    const b = this.cy.getElementById(bId);
    if (a.empty() || b.empty()) return false;
    return a.neighborhood('node[type = "PAPER"]').intersection(b.neighborhood('node[type = "PAPER"]')).nonempty();
  }

  position(id) {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? { ...node.position() } : undefined;
  }

  mark(id, cls) {
    this.cy.nodes(`.${cls}`).removeClass(cls);
    if (id) this.cy.getElementById(id).addClass(cls);
  }

  select(id) {
    this.cy.elements(':selected').unselect();
    if (id) this.cy.getElementById(id).select();
    this.relabel();
  }

  /** Hides links, entities and papers the filter leaves out (and entities left with no link). */
  applyFilter(filter) {
    this.filter = filter;
    const cy = this.cy;
    cy.batch(() => {
      cy.elements('.filtered').removeClass('filtered');
      if (!filter) return;
      cy.edges('[kind = "link"]').filter((e) => !filter.roles.has(e.data('role'))).addClass('filtered');
      cy.nodes().filter((n) => n.data('type') !== 'PAPER' && !filter.types.has(n.data('type'))).addClass('filtered');
      cy.nodes('[type = "PAPER"]').filter((n) => !inYears(n.data('year'), filter)).addClass('filtered');
      const shown = (el) => !el.hasClass('filtered') && !el.source().hasClass('filtered') && !el.target().hasClass('filtered');
      cy.nodes()
        .filter((n) => !n.hasClass('center') && !n.hasClass('endpoint') && !n.hasClass('filtered') && !n.connectedEdges().some(shown))
        .addClass('filtered');
    });
    this.relabel();
  }

  /** Labels the selection, the centre and the most connected visible nodes whose labels fit without overlap. */
  relabel() {
    const cy = this.cy;
    const zoom = cy.zoom();
    const fs = Math.min(Math.max(LABEL_PX / zoom, 6), 40);
    cy.batch(() => {
      cy.nodes().data({ fs, tw: Math.round(fs * 11) });
      cy.edges().data('fs', Math.min(Math.max(10 / zoom, 5), 34));
      cy.nodes('.labelled').removeClass('labelled');
    });
    const extent = cy.extent();
    const visible = cy.nodes().filter((n) => !n.hasClass('filtered') && inside(n.position(), extent));
    const rank = (n) => (n.selected() ? 4 : n.hasClass('center') || n.hasClass('endpoint') ? 3 : n.hasClass('onpath') ? 2 : 0);
    const candidates = visible
      .filter((n) => n.data('type') !== 'PAPER' || rank(n) > 0)
      .sort((a, b) => rank(b) - rank(a) || degree(b) - degree(a) || (b.data('paperCount') ?? 0) - (a.data('paperCount') ?? 0));
    const taken = [];
    let count = 0;
    for (const node of candidates) {
      if (count >= MAX_LABELS && rank(node) === 0) break;
      node.addClass('labelled');
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (rank(node) === 0 && taken.some((b) => overlap(b, box))) {
        node.removeClass('labelled');
        continue;
      }
      taken.push(box);
      count++;
    }
  }

  /** First draw: concentric rings around `centerId`, then a short force pass, then fit. */
  layout({ centerId } = {}) {
    const cy = this.cy;
    const n = cy.nodes().length;
    if (n === 0) return;
    cy.nodes('.new').removeClass('new');
    if (centerId) {
      cy.layout({
        name: 'concentric',
        concentric: (node) => (node.id() === centerId ? 3 : node.data('type') === 'PAPER' ? 2 : 1),
        levelWidth: () => 1,
        minNodeSpacing: 30,
        animate: false,
      }).run();
    }
    const layout = cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      numIter: n > 200 ? 150 : n > 100 ? 300 : 500,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: () => 80,
      nodeRepulsion: () => 20000,
      nodeOverlap: 16,
      gravity: 0.5,
      componentSpacing: 60,
      fit: false,
    });
    layout.one('layoutstop', () => this.fitView());
    layout.run();
  }

  /**
   * An expansion: nodes already drawn stay where they are; new ones go on rings around `anchorId`,
   * each at the first free spot, then the view pans (not zooms) to keep them in sight.
   */
  placeAround(anchorId) {
    const cy = this.cy;
    const fresh = cy.nodes('.new');
    fresh.removeClass('new');
    if (fresh.empty()) return;
    const anchor = cy.getElementById(anchorId);
    const centre = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const fixed = cy.nodes().not(fresh).map((n) => n.position());
    const placed = [...fixed];
    let ring = 0;
    let slot = 0;
    for (const node of fresh) {
      for (;;) {
        const radius = 120 + ring * 70;
        const slots = Math.max(8, Math.floor((2 * Math.PI * radius) / 60));
        const angle = (slot / slots) * 2 * Math.PI + ring * 0.4;
        slot++;
        if (slot >= slots) {
          slot = 0;
          ring++;
        }
        const p = { x: centre.x + Math.cos(angle) * radius, y: centre.y + Math.sin(angle) * radius };
        if (placed.every((q) => Math.hypot(q.x - p.x, q.y - p.y) > 48) || ring > 12) {
          node.position(p);
          placed.push(p);
          break;
        }
      }
    }
    const box = cy.elements().boundingBox();
    const { w, h } = { w: cy.width(), h: cy.height() };
    if (box.w * cy.zoom() > w || box.h * cy.zoom() > h) this.fitView();
    else this.relabel();
    this.handlers.onLayout?.();
  }

  /** Fits everything, but never zooms in so far that a few nodes look huge. */
  fitView() {
    const cy = this.cy;
    cy.fit(cy.elements(':visible'), fitPadding(cy));
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center(cy.elements(':visible'));
    }
    this.relabel();
    this.handlers.onLayout?.();
  }

  /** Places a path as a left-to-right chain: entity, paper, entity, … */
  showPath(path) {
    this.clear();
    const first = path.steps[0].from;
    this.addEntity(first, { shared: 3 });
    this.cy.getElementById(first.uid).position({ x: 0, y: 0 });
    let x = 0;
    const step = 170;
    path.steps.forEach((s, i) => {
      x += step;
      this.addPaper(s.paper);
      this.cy.getElementById(paperNodeId(s.paper.paperId)).position({ x, y: i % 2 === 0 ? -40 : 40 }).addClass('onpath');
      x += step;
      this.addEntity(s.to, { shared: 3 });
      this.cy.getElementById(s.to.uid).position({ x, y: 0 });
      this.addLink(s.paper, { entity: s.from, role: s.fromRole, evidence: s.fromEvidence, confidence: null }, { classes: 'path' });
      this.addLink(s.paper, { entity: s.to, role: s.toRole, evidence: s.toEvidence, confidence: null }, { classes: 'path' });
    });
    this.cy.nodes('.new').removeClass('new');
    this.cy.getElementById(first.uid).addClass('endpoint');
    this.cy.getElementById(path.steps.at(-1).to.uid).addClass('endpoint');
    this.fitView();
  }

  fit() {
    this.cy.animate({ fit: { eles: this.cy.elements(':visible'), padding: fitPadding(this.cy) }, duration: 250, complete: () => this.relabel() });
  }
}

function inYears(year, filter) {
  if (filter.from === null && filter.to === null) return true;
  if (!year) return false;
  return (filter.from === null || year >= filter.from) && (filter.to === null || year <= filter.to);
}

function degree(node) {
  return node.connectedEdges(':visible').length;
}

function inside(p, e) {
  return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
}

function overlap(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function entitySize(shared) {
  return Math.round(Math.min(22 + 9 * Math.sqrt(Math.max(shared, 1) - 1) + 4, 64));
}
