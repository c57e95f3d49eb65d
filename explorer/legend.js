// The legend and the filters, both built from the one vocabulary (vocabulary.js, generated from
// src/graph/vocabulary.ts) and the graph's styles, so they always match what is drawn.
import { h, plural, s } from './dom.js';
import { COOC_COLOUR, PAPER_STYLE, roleStyle, typeStyle } from './graph.js';
import { ROLES, TYPES } from './vocabulary.js';

const SHAPE_SVG = {
  ellipse: (c) => s('circle', { cx: 8, cy: 8, r: 6.5, fill: c }),
  'round-diamond': (c) => s('polygon', { points: '8,1 15,8 8,15 1,8', fill: c }),
  'round-hexagon': (c) => s('polygon', { points: '4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8', fill: c }),
  'round-triangle': (c) => s('polygon', { points: '8,1.5 15,14 1,14', fill: c }),
  'round-tag': (c) => s('polygon', { points: '1,3 11,3 15,8 11,13 1,13', fill: c }),
  'round-rectangle': (c) => s('rect', { x: 3, y: 2, width: 10, height: 12, rx: 2, fill: c }),
};

const swatch = (shape, colour) => s('svg', { viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' }, SHAPE_SVG[shape](colour));
const line = (colour, width, dash, cap) =>
  s('svg', { viewBox: '0 0 24 8', class: 'line', 'aria-hidden': 'true', focusable: 'false' }, s('line', { x1: 2, y1: 4, x2: 22, y2: 4, stroke: colour, 'stroke-width': width, 'stroke-dasharray': dash, 'stroke-linecap': cap }));

export function buildLegend(root) {
  root.replaceChildren(
    h('ul', { 'aria-label': 'Node types' }, [
      ...TYPES.map((t) => h('li', { 'data-type': t.type }, swatch(typeStyle[t.type].shape, typeStyle[t.type].colour), t.label)),
      h('li', { 'data-type': 'PAPER' }, swatch(PAPER_STYLE.shape, PAPER_STYLE.colour), 'Paper'),
    ]),
    h('ul', { class: 'roles', 'aria-label': 'Edge styles' }, [
      ...ROLES.map((r) => {
        const st = roleStyle[r.role];
        return h('li', { 'data-role': r.role, title: r.meaning }, line(st.colour, Math.max(st.width, 1.5), st.dashed ? '5 3' : null, null), r.label);
      }),
      h('li', { 'data-role': 'cooc', title: 'named together in papers not drawn' }, line(COOC_COLOUR, 2.5, '0.1 5', 'round'), 'shared papers'),
    ]),
  );
}

/**
 * The filter form: roles, entity types, year range. `onChange` gets the state change; `set`
 * shows a state's filters.
 */
export function buildFilters(root, onChange) {
  const roleBoxes = ROLES.map((r) => h('input', { type: 'checkbox', value: r.role, checked: true }));
  const typeBoxes = TYPES.map((t) => h('input', { type: 'checkbox', value: t.type, checked: true }));
  const from = h('input', { type: 'number', id: 'filter-from', min: 1900, max: 2100, inputmode: 'numeric', placeholder: 'from' });
  const to = h('input', { type: 'number', id: 'filter-to', min: 1900, max: 2100, inputmode: 'numeric', placeholder: 'to' });
  const summary = h('span', { class: 'filter-count' });
  const changed = () => {
    const roles = roleBoxes.filter((b) => b.checked).map((b) => b.value);
    const types = typeBoxes.filter((b) => b.checked).map((b) => b.value);
    const year = (input) => (input.value && Number.isInteger(Number(input.value)) && Number(input.value) >= 1900 && Number(input.value) <= 2100 ? Number(input.value) : null);
    onChange({ roles: roles.length === roleBoxes.length ? null : roles, types: types.length === typeBoxes.length ? null : types, from: year(from), to: year(to) });
  };
  const group = (legend, boxes, labels) =>
    h('fieldset', null, h('legend', null, legend), boxes.map((box, i) => h('label', { class: 'check' }, box, labels[i])));
  const reset = h('button', { type: 'button', class: 'btn small secondary', onclick: () => onChange({ roles: null, types: null, from: null, to: null }) }, 'Show all');
  root.replaceChildren(
    h('summary', null, 'Filters', summary),
    h(
      'form',
      { class: 'filter-form', onchange: changed, onsubmit: (e) => { e.preventDefault(); changed(); } },
      group('Roles', roleBoxes, ROLES.map((r) => r.label)),
      group('Types', typeBoxes, TYPES.map((t) => t.label)),
      h('fieldset', { class: 'years' }, h('legend', null, 'Years'), h('label', { for: 'filter-from', class: 'visually-hidden' }, 'From year'), from, '–', h('label', { for: 'filter-to', class: 'visually-hidden' }, 'To year'), to),
      reset,
    ),
  );
  return {
    set(state) {
      for (const b of roleBoxes) b.checked = !state.roles || state.roles.includes(b.value);
      for (const b of typeBoxes) b.checked = !state.types || state.types.includes(b.value);
      from.value = state.from ?? '';
      to.value = state.to ?? '';
      const n = (state.roles ? 1 : 0) + (state.types ? 1 : 0) + (state.from !== null || state.to !== null ? 1 : 0);
      summary.textContent = n ? ` (${plural(n, 'filter')} on)` : '';
    },
  };
}
