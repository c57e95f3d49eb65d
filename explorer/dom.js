// Small DOM helpers. Text always goes in through text nodes, never innerHTML.
import { ROLES, TYPES } from './vocabulary.js';

/** Creates an element: h('button', { class: 'x', onclick: fn }, 'text', child). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  setProps(el, props);
  append(el, children);
  return el;
}

/** Creates an SVG element. */
export function s(tag, props, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setProps(el, props);
  append(el, children);
  return el;
}

function setProps(el, props) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces an element's children. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** The sentence with each occurrence of the given names wrapped in <mark>. */
export function highlight(sentence, names) {
  const terms = [...new Set(names.filter((n) => n && n.length > 1))].sort((a, b) => b.length - a.length);
  if (terms.length === 0) return [sentence];
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'gi');
  return sentence.split(pattern).map((part, i) => (i % 2 === 1 ? h('mark', null, part) : part));
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** Labels from the one vocabulary the server generates (src/graph/vocabulary.ts). */
export const TYPE_LABEL = { ...Object.fromEntries(TYPES.map((t) => [t.type, t.label])), PAPER: 'Paper' };
export const ROLE_LABEL = Object.fromEntries(ROLES.map((r) => [r.role, r.label]));
export const ENTITY_TYPES = TYPES.map((t) => t.type);

/** Triggers a download of `content` (a string or Blob) as `name`. */
export function download(name, content, type = 'text/plain') {
  const blob = content instanceof Blob ? content : new Blob([content], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A paper's display title: its title, else the start of its abstract. */
export function paperTitle(paper, max = 110) {
  const text = paper.title || paper.abstract || paper.id;
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/** What the page knows about the graph it shows (set from `stats`). */
export const site = { synthetic: false };
