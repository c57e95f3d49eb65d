// What is on screen, as an address: mode, focus, expansions, selection and filters. Everything
// the page shows is drawn from this state, so reload, Back/Forward and shared links restore it.
//   #/explore?focus=Dataset:coco&x=Method:fasterrcnn&more=1&sel=paper:2212.07784&roles=USES&types=METHOD&from=2019&to=2023
//   #/path?start=Method:quokka&end=Method:rtmdet&hops=3
//   #/compare?methods=Method:rtmdet,Method:yolov8
// Entities are named by their readable uid (`<Type>:<key>`), papers by `paper:<paperId>`.
import { ENTITY_TYPES } from './dom.js';
import { MODEL_TYPE, ROLES, TYPES } from './vocabulary.js';

export const MODES = ['explore', 'path', 'compare'];
const ALL_ROLES = ROLES.map((r) => r.role);
const UID = /^([A-Z][a-z]+):(.+)$/;
const MODEL_TYPES = new Set(TYPES.map((t) => MODEL_TYPE[t.type]));

export function emptyState() {
  return { mode: 'explore', focus: null, x: [], more: 0, sel: null, roles: null, types: null, from: null, to: null, pathFrom: null, pathTo: null, hops: 3, methods: [] };
}

/** A uid the page can look up: `<Type>:<key>` with a known type, or `paper:<id>`. */
export function validRef(ref) {
  if (typeof ref !== 'string' || ref.length === 0 || ref.length > 300) return false;
  if (ref.startsWith('paper:')) return ref.length > 6;
  const m = UID.exec(ref);
  return Boolean(m && MODEL_TYPES.has(m[1]));
}

/** `Method:resnet50` → { type: 'METHOD', name: 'resnet50' } for `entity(type, name)` (keys resolve like names). */
export function refOfUid(uid) {
  const m = UID.exec(uid);
  const type = TYPES.find((t) => MODEL_TYPE[t.type] === m[1]).type;
  return { type, name: m[2], uid };
}

/** Parses the address; returns { state } or { error } naming what is wrong. */
export function parse(hash) {
  const text = hash.replace(/^#/, '');
  if (text === '' || text === '/') return { state: emptyState() };
  const [route, query = ''] = text.replace(/^\//, '').split('?');
  const params = new URLSearchParams(query);
  const state = emptyState();
  const list = (key) => (params.get(key) ?? '').split(',').filter(Boolean);
  const legacy = /^([A-Z_]+)\/(.+)$/.exec(route);
  if (legacy && ENTITY_TYPES.includes(legacy[1])) {
    // The old form `#/DATASET/COCO`: type and name.
    return { state: { ...state, focusName: { type: legacy[1], name: decodeURIComponent(legacy[2]) } } };
  }
  if (!MODES.includes(route)) return { error: `“${decodeURIComponent(route)}” is not a view of this page` };
  state.mode = route;
  for (const key of ['roles', 'types']) {
    if (!params.has(key)) continue;
    const values = list(key);
    const allowed = key === 'roles' ? ALL_ROLES : ENTITY_TYPES;
    const bad = values.filter((v) => !allowed.includes(v));
    if (bad.length) return { error: `unknown ${key === 'roles' ? 'role' : 'type'} ${bad.join(', ')}` };
    state[key] = values;
  }
  for (const key of ['from', 'to']) {
    if (!params.has(key)) continue;
    const year = Number(params.get(key));
    if (!Number.isInteger(year) || year < 1900 || year > 2100) return { error: `“${params.get(key)}” is not a year` };
    state[key] = year;
  }
  if (route === 'explore') {
    state.focus = params.get('focus');
    state.x = list('x');
    state.sel = params.get('sel');
    state.more = Number(params.get('more') ?? 0);
    if (!Number.isInteger(state.more) || state.more < 0 || state.more > 20) return { error: 'more must be a whole number from 0 to 20' };
    const refs = [state.focus, ...state.x, state.sel].filter((r) => r !== null);
    const bad = refs.find((r) => !validRef(r));
    if (bad !== undefined) return { error: `“${bad}” is not an entity (Type:key) or a paper (paper:id)` };
    if (!state.focus && (state.x.length || state.sel)) return { error: 'an expansion or selection needs a focus' };
  } else if (route === 'path') {
    state.pathFrom = params.get('start');
    state.pathTo = params.get('end');
    state.hops = Number(params.get('hops') ?? 3);
    if (!Number.isInteger(state.hops) || state.hops < 1 || state.hops > 4) return { error: 'hops must be 1 to 4' };
    const bad = [state.pathFrom, state.pathTo].find((r) => r !== null && (!validRef(r) || r.startsWith('paper:')));
    if (bad !== undefined) return { error: `“${bad}” is not an entity (Type:key)` };
  } else {
    state.methods = list('methods');
    const bad = state.methods.find((r) => !validRef(r) || !r.startsWith('Method:'));
    if (bad !== undefined) return { error: `“${bad}” is not a method (Method:key)` };
    if (state.methods.length > 10) return { error: 'compare at most 10 methods' };
  }
  return { state };
}

export function serialize(state) {
  const params = new URLSearchParams();
  if (state.mode === 'explore') {
    if (!state.focus) return '#/';
    params.set('focus', state.focus);
    if (state.x.length) params.set('x', state.x.join(','));
    if (state.more) params.set('more', String(state.more));
    if (state.sel) params.set('sel', state.sel);
  } else if (state.mode === 'path') {
    if (state.pathFrom) params.set('start', state.pathFrom);
    if (state.pathTo) params.set('end', state.pathTo);
    if (state.hops !== 3) params.set('hops', String(state.hops));
  } else if (state.methods.length) params.set('methods', state.methods.join(','));
  if (state.roles) params.set('roles', state.roles.join(','));
  if (state.types) params.set('types', state.types.join(','));
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  // Commas and colons stay readable in the address.
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `#/${state.mode}${query ? `?${query}` : ''}`;
}

/** The filter the graph and lists apply, or null when nothing is filtered. */
export function filterOf(state) {
  if (!state.roles && !state.types && state.from === null && state.to === null) return null;
  return {
    roles: new Set(state.roles ?? ALL_ROLES),
    types: new Set(state.types ?? ENTITY_TYPES),
    from: state.from,
    to: state.to,
  };
}
