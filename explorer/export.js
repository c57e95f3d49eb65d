// Exports: the graph as PNG (cytoscape) or SVG (our own serialiser of what is drawn), tables as
// CSV, paper lists as BibTeX.
import { COOC_COLOUR, PAPER_STYLE, roleStyle, typeStyle } from './graph.js';

const esc = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The graph as PNG, twice the screen resolution, on white. */
export function graphPng(cy) {
  return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
}

/** The visible graph as an SVG document: edges in their legend styles, nodes in their shapes, labels drawn. */
export function graphSvg(cy) {
  const eles = cy.elements(':visible');
  const box = eles.boundingBox({ includeLabels: true });
  const pad = 20;
  const parts = [];
  for (const edge of cy.edges(':visible')) {
    const a = edge.source().position();
    const b = edge.target().position();
    const cooc = edge.data('kind') === 'cooc';
    const style = cooc ? { colour: COOC_COLOUR, width: edge.data('width'), dashed: false } : roleStyle[edge.data('role')] ?? { colour: '#94a3b8', width: 1.5 };
    const dash = cooc ? ' stroke-dasharray="0.1 7" stroke-linecap="round"' : style.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${style.colour}" stroke-width="${style.width}"${dash}><title>${esc(edge.data('roleLabel') ?? '')}</title></line>`,
    );
  }
  for (const node of cy.nodes(':visible')) {
    const p = node.position();
    const type = node.data('type');
    const { colour } = type === 'PAPER' ? PAPER_STYLE : typeStyle[type] ?? PAPER_STYLE;
    const w = node.width();
    const h = node.height();
    const shape =
      type === 'PAPER'
        ? `<rect x="${(p.x - w / 2).toFixed(1)}" y="${(p.y - h / 2).toFixed(1)}" width="${w}" height="${h}" rx="2"`
        : `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${(w / 2).toFixed(1)}"`;
    parts.push(`<g data-type="${esc(type)}">${shape} fill="${colour}" stroke="#ffffff" stroke-width="2"><title>${esc(node.data('label'))}</title>${type === 'PAPER' ? '</rect>' : '</circle>'}`);
    if (node.hasClass('labelled') || node.selected()) {
      const fs = node.data('fs') ?? 12;
      parts.push(`<text x="${p.x.toFixed(1)}" y="${(p.y + h / 2 + fs + 2).toFixed(1)}" font-size="${fs.toFixed(1)}" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">${esc(node.data('label'))}</text>`);
    }
    parts.push('</g>');
  }
  const x = box.x1 - pad;
  const y = box.y1 - pad;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x.toFixed(1)} ${y.toFixed(1)} ${(box.w + 2 * pad).toFixed(1)} ${(box.h + 2 * pad).toFixed(1)}" font-family="system-ui, sans-serif">`,
    `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(box.w + 2 * pad).toFixed(1)}" height="${(box.h + 2 * pad).toFixed(1)}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** RFC 4180 CSV: every field quoted when it needs to be, CRLF line ends. */
export function csv(rows) {
  const field = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** BibTeX entries for papers: @misc with arXiv fields when there is an arXiv id. */
export function bibtex(papers) {
  const used = new Set();
  const brace = (text) => String(text).replace(/[{}\\]/g, '').replace(/\s+/g, ' ').trim();
  return papers
    .map((paper) => {
      const first = (paper.authors?.[0] ?? '').split(/\s+/).at(-1) || 'paper';
      let key = `${first.toLowerCase().replace(/[^a-z0-9]/g, '') || 'paper'}${paper.year ?? ''}`;
      let n = 1;
      while (used.has(key)) key = `${key.replace(/_\d+$/, '')}_${++n}`;
      used.add(key);
      const fields = [
        ['title', paper.title ?? paper.abstract?.slice(0, 120)],
        ['author', paper.authors?.length ? paper.authors.join(' and ') : null],
        ['year', paper.year],
        ['eprint', paper.arxivId],
        ['archivePrefix', paper.arxivId ? 'arXiv' : null],
        ['url', paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : null],
        ['note', `papergraph id ${paper.paperId}`],
      ].filter(([, v]) => v !== null && v !== undefined && v !== '');
      return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${brace(v)}}`).join(',\n')}\n}`;
    })
    .join('\n\n') + '\n';
}
