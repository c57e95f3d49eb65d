// The cytoscape view: entities and papers as nodes, paper–entity links (with role and evidence)
// and entity–entity co-occurrence as edges. Kept small on purpose: at most MAX_NODES nodes.
import cytoscape from './vendor/cytoscape.mjs';
import { paperTitle } from './dom.js';

export const MAX_NODES = 300;

const COLOURS = { METHOD: '#2f6fdf', DATASET: '#e07b12', INSTITUTION: '#8a4fd8', PAPER: '#7b8798' };
const SHAPES = { METHOD: 'ellipse', DATASET: 'round-diamond', INSTITUTION: 'round-hexagon', PAPER: 'round-rectangle' };
const ROLE_COLOURS = { PROPOSES: '#1e293b', EVALUATES_ON: '#d97706', USES: '#94a3b8', AFFILIATED_WITH: '#a78bfa', MENTIONS: '#a78bfa' };

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-weight': 500,
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 130,
      'text-outline-color': '#f5f7fa',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
      'transition-property': 'border-color, border-width',
      'transition-duration': 150,
    },
  },
  ...Object.entries(COLOURS).map(([type, colour]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': colour, shape: SHAPES[type] },
  })),
  {
    selector: 'node[type = "PAPER"]',
    style: { label: '', width: 14, height: 18, 'border-width': 1.5, 'font-size': 9, 'font-weight': 400, color: '#334155', 'text-max-width': 160 },
  },
  { selector: 'node[type = "PAPER"].hover, node[type = "PAPER"]:selected, node[type = "PAPER"].onpath', style: { label: 'data(label)', 'z-index': 20 } },
  { selector: 'node[type = "PAPER"].onpath', style: { width: 18, height: 22, 'text-valign': 'top', 'text-margin-y': -6, 'text-wrap': 'wrap', 'text-max-width': 150 } },
  { selector: 'node.center', style: { width: 58, height: 58, 'border-width': 4, 'border-color': '#0f172a', 'font-size': 14, 'font-weight': 700, 'z-index': 10 } },
  { selector: 'node.expanded', style: { 'border-color': '#0f172a' } },
  { selector: 'node.endpoint', style: { 'border-width': 4, 'border-color': '#0f172a', 'font-size': 13, 'font-weight': 700 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1d4ed8' } },
  { selector: 'node.hover', style: { 'overlay-color': '#0f172a', 'overlay-opacity': 0.08, 'overlay-padding': 5 } },
  { selector: 'node.faded, edge.faded', style: { opacity: 0.25 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#94a3b8',
      'curve-style': 'bezier',
      opacity: 0.9,
      'font-size': 9,
      color: '#334155',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 2,
      'min-zoomed-font-size': 8,
    },
  },
  ...Object.entries(ROLE_COLOURS).map(([role, colour]) => ({ selector: `edge[role = "${role}"]`, style: { 'line-color': colour } })),
  { selector: 'edge[role = "PROPOSES"]', style: { width: 3 } },
  { selector: 'edge[role = "EVALUATES_ON"]', style: { width: 2.5 } },
  { selector: 'edge[role = "AFFILIATED_WITH"], edge[role = "MENTIONS"]', style: { 'line-style': 'dashed' } },
  {
    selector: 'edge[kind = "cooc"]',
    style: { width: 'data(width)', 'line-style': 'dotted', 'line-color': '#94a3b8', 'line-cap': 'round', opacity: 0.8 },
  },
  { selector: 'edge.path', style: { width: 3.5, 'target-arrow-shape': 'none', label: 'data(roleLabel)' } },
  { selector: 'edge.hover, edge:selected', style: { label: 'data(roleLabel)', width: 4, 'z-index': 30, opacity: 1 } },
  { selector: 'edge:selected', style: { 'line-color': '#1d4ed8' } },
];

const ROLE_TEXT = { PROPOSES: 'proposes', USES: 'uses', EVALUATES_ON: 'evaluates on', AFFILIATED_WITH: 'affiliated with', MENTIONS: 'mentions' };

export const paperNodeId = (paperId) => `paper:${paperId}`;

export class GraphView {
  /**
   * @param {HTMLElement} container
   * @param {{ onEntity(data): void, onPaper(data): void, onLink(data): void, onCooc(data): void, onBackground(): void }} handlers
   */
  constructor(container, handlers) {
    this.handlers = handlers;
    this.truncated = false;
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.15,
      maxZoom: 3.5,
      boxSelectionEnabled: false,
      selectionType: 'single',
      hideEdgesOnViewport: false,
      textureOnViewport: false,
    });
    this.cy.on('tap', 'node', (event) => {
      const data = event.target.data();
      if (data.type === 'PAPER') handlers.onPaper(data, event.target);
      else handlers.onEntity(data, event.target);
    });
    this.cy.on('tap', 'edge', (event) => {
      const data = event.target.data();
      if (data.kind === 'cooc') handlers.onCooc(data, event.target);
      else handlers.onLink(data, event.target);
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onBackground();
    });
    this.cy.on('mouseover', 'node, edge', (event) => {
      event.target.addClass('hover');
      container.classList.add('pointer');
    });
    this.cy.on('mouseout', 'node, edge', (event) => {
      event.target.removeClass('hover');
      container.classList.remove('pointer');
    });
    // Large graphs: cheaper rendering while panning and zooming.
    this.cy.on('add remove', () => {
      const big = this.cy.nodes().length > 150;
      this.cy.renderer().hideEdgesOnViewport = big;
      this.cy.renderer().textureOnViewport = big;
    });
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

  /** Room for one more node? Sets `truncated` when not. */
  room() {
    if (this.cy.nodes().length < MAX_NODES) return true;
    this.truncated = true;
    return false;
  }

  /** Adds (or updates) an entity node; `shared` sizes it. Returns false when the graph is full. */
  addEntity(entity, { shared = 1, near } = {}) {
    const existing = this.cy.getElementById(entity.id);
    if (existing.nonempty()) {
      if (shared > (existing.data('shared') ?? 0)) existing.data({ shared, size: entitySize(shared) });
      return true;
    }
    if (!this.room()) return false;
    this.cy.add({
      group: 'nodes',
      data: { id: entity.id, label: entity.name, name: entity.name, type: entity.type, paperCount: entity.paperCount, shared, size: entitySize(shared) },
      position: around(near),
    });
    return true;
  }

  /** Adds a paper node carrying its links. Returns false when the graph is full. */
  addPaper(paper, { near } = {}) {
    const id = paperNodeId(paper.id);
    const existing = this.cy.getElementById(id);
    if (existing.nonempty()) {
      if (paper.entities) existing.data('paper', paper);
      return true;
    }
    if (!this.room()) return false;
    this.cy.add({
      group: 'nodes',
      data: { id, type: 'PAPER', label: paperTitle(paper, 70), paperId: paper.id, paper },
      position: around(near),
    });
    return true;
  }

  /** Adds the edge paper → entity for one link (both nodes must exist). */
  addLink(paper, link, extra = {}) {
    const source = paperNodeId(paper.id);
    const target = link.entity.id;
    const id = `link:${paper.id}|${target}|${link.role}`;
    if (this.has(id) || !this.has(source) || !this.has(target)) return;
    this.cy.add({
      group: 'edges',
      data: {
        id,
        source,
        target,
        kind: 'link',
        role: link.role,
        roleLabel: ROLE_TEXT[link.role] ?? link.role,
        evidence: link.evidence,
        confidence: link.confidence,
        paperId: paper.id,
        entity: link.entity,
      },
      classes: extra.classes ?? '',
    });
  }

  /** Adds a dotted entity–entity edge for papers they share that are not drawn. */
  addCooc(a, b, shared) {
    const [x, y] = [a.id, b.id].sort();
    const id = `cooc:${x}|${y}`;
    if (this.has(id) || !this.has(a.id) || !this.has(b.id)) return;
    this.cy.add({
      group: 'edges',
      data: { id, source: a.id, target: b.id, kind: 'cooc', shared, width: Math.min(1.5 + shared, 7), roleLabel: `${shared} shared paper${shared === 1 ? '' : 's'}`, a, b },
    });
  }

  /** Whether some drawn paper links both entities. */
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
  }

  /** Lays the graph out: concentric rings around `centerId` first, then a short force pass. */
  layout({ centerId, fresh = false } = {}) {
    const n = this.cy.nodes().length;
    if (n === 0) return;
    const done = () => {
      this.cy.fit(undefined, 40);
      // Small graphs: do not blow labels up past a readable size.
      if (this.cy.zoom() > 1.4) {
        this.cy.zoom(1.4);
        this.cy.center();
      }
      this.handlers.onLayout?.();
    };
    if (fresh && centerId) {
      this.cy
        .layout({
          name: 'concentric',
          concentric: (node) => (node.id() === centerId ? 3 : node.data('type') === 'PAPER' ? 2 : 1),
          levelWidth: () => 1,
          minNodeSpacing: 18,
          animate: false,
        })
        .run();
    }
    // cose is quadratic per iteration: fewer iterations as the graph grows keep it well under a second.
    const layout = this.cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      numIter: n > 200 ? 150 : n > 100 ? 300 : 500,
      nodeDimensionsIncludeLabels: n <= 200,
      idealEdgeLength: () => 70,
      edgeElasticity: () => 90,
      nodeRepulsion: () => 16000,
      nodeOverlap: 12,
      gravity: 0.6,
      componentSpacing: 60,
      fit: false,
    });
    layout.one('layoutstop', done);
    layout.run();
  }

  /** Places a path as a left-to-right chain: entity, paper, entity, … */
  showPath(path) {
    this.clear();
    let x = 0;
    const step = 170;
    const first = path.steps[0].from;
    this.addEntity(first, { shared: 3, near: { x, y: 0 } });
    this.cy.getElementById(first.id).position({ x, y: 0 });
    path.steps.forEach((s, i) => {
      x += step;
      this.addPaper(s.paper);
      this.cy.getElementById(paperNodeId(s.paper.id)).position({ x, y: i % 2 === 0 ? -40 : 40 }).addClass('onpath');
      x += step;
      this.addEntity(s.to, { shared: 3 });
      this.cy.getElementById(s.to.id).position({ x, y: 0 });
      this.addLink(s.paper, { entity: s.from, role: s.fromRole, evidence: s.fromEvidence, confidence: null }, { classes: 'path' });
      this.addLink(s.paper, { entity: s.to, role: s.toRole, evidence: s.toEvidence, confidence: null }, { classes: 'path' });
    });
    this.cy.getElementById(first.id).addClass('endpoint');
    this.cy.getElementById(path.steps.at(-1).to.id).addClass('endpoint');
    this.cy.fit(undefined, 60);
    if (this.cy.zoom() > 1.4) this.cy.zoom(1.4);
    this.cy.center();
  }

  fit() {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 }, duration: 250 });
  }
}

function entitySize(shared) {
  return Math.round(Math.min(22 + 9 * Math.sqrt(Math.max(shared, 1) - 1) + 4, 64));
}

function around(point) {
  if (!point) return { x: Math.random() * 200 - 100, y: Math.random() * 200 - 100 };
  const angle = Math.random() * Math.PI * 2;
  const radius = 60 + Math.random() * 60;
  return { x: point.x + Math.cos(angle) * radius, y: point.y + Math.sin(angle) * radius };
}
