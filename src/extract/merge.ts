import type { Candidate, Rule } from './candidate.js';
import type { EntityType, ExtractedEntity, Role } from './types.js';
import { ROLE_STRENGTH, ROLES_OF_TYPE } from '../graph/vocabulary.js';
import { canonicalName, knownAliases, lexiconEntry, normalKey } from '../resolve/index.js';
import { isNameLike } from './patterns.js';
import { byPrecedence, combine, ruleConfidence, ruleWeight } from './confidence.js';

/**
 * Turns a paper's candidates into entities: one per node key, the type with the
 * strongest rule, the strongest role, the best-supported sentence as evidence.
 * Acronym definitions join a short and a long form under the short one's key.
 */

const ROLE_ORDER = ROLE_STRENGTH;

/** Rules that find a name without reading what the sentence does with it: their role is only a default. */
const DEFAULT_ROLE_RULES = new Set<Rule>(['lexicon', 'lexicon-generic', 'name-like', 'method-cue']);

export interface MergeOptions {
  /** Entities under this confidence are left out. */
  minConfidence: number;
  evidence: (sentence: number) => string;
}

function rootOf(parent: Map<string, string>, key: string): string {
  let k = key;
  while (parent.get(k) !== undefined && parent.get(k) !== k) k = parent.get(k) as string;
  return k;
}

export function mergeCandidates(candidates: Candidate[], options: MergeOptions): ExtractedEntity[] {
  const keyOf = (c: Candidate): string => normalKey(canonicalName(c.type, c.surface));
  // Long forms point at their short form so both names land on one node.
  const parent = new Map<string, string>();
  for (const c of candidates) {
    if (!c.alias) continue;
    const longKey = normalKey(canonicalName(c.type, c.alias));
    const shortKey = keyOf(c);
    if (longKey && longKey !== shortKey && rootOf(parent, shortKey) !== longKey) parent.set(longKey, rootOf(parent, shortKey));
  }
  // `EfficientNets` and `EfficientNet`: a name-shaped method and its plural are one node, under the singular.
  const keys = new Set(candidates.map(keyOf));
  for (const c of candidates) {
    const key = keyOf(c);
    if (c.type !== 'Method' || key.length < 5 || !key.endsWith('s') || !keys.has(key.slice(0, -1)) || !isNameLike(c.surface)) continue;
    const [plural, singular] = [rootOf(parent, key), rootOf(parent, key.slice(0, -1))];
    if (plural !== singular) parent.set(plural, singular);
  }
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = rootOf(parent, keyOf(c));
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }

  const entities: ExtractedEntity[] = [];
  for (const group of groups.values()) {
    const type = chooseType(group);
    const own = group.filter((c) => c.type === type);
    const rules = new Set<Rule>(own.map((c) => c.rule));
    const confidence = combine(type, rules);
    if (confidence < options.minConfidence) continue;
    const best = [...own].sort((a, b) => ruleWeight(b.rule) - ruleWeight(a.rule) || ruleConfidence(type, b.rule) - ruleConfidence(type, a.rule))[0] as Candidate;
    const first = own.find((c) => c.alias) ?? best;
    // A plural merged under its singular (`EfficientNets`) is named by the singular.
    const firstKey = keyOf(first);
    const head = (firstKey.endsWith('s') && own.find((c) => keyOf(c) === firstKey.slice(0, -1))) || first;
    const name = canonicalName(type, head.surface);
    const aliases = new Set<string>();
    for (const c of group) aliases.add(c.surface).add(c.alias ?? '');
    for (const a of knownAliases(type, name)) aliases.add(a);
    aliases.delete(name);
    aliases.delete('');
    // A name the paper proposes is proposed whatever type won (`propose … SAOKE` + `the SAOKE data set`).
    // Nobody proposes `CNN`, unless the proposal names it (`a new architecture, the Transformer,`).
    const generic = lexiconEntry(type, name)?.generic === true && !group.some((c) => c.named && c.role === 'PROPOSES');
    const proposed = ROLES_OF_TYPE[type].includes('PROPOSES') && !generic && group.some((c) => c.role === 'PROPOSES');
    const roles = ROLE_ORDER.filter((r) => !(generic && r === 'PROPOSES'));
    // A role read from a cue (`outperforms X` → COMPARES) beats the default a bare name gets where it stands.
    const cued = own.filter((c) => !DEFAULT_ROLE_RULES.has(c.rule));
    const pool = cued.length ? cued : own;
    const role = proposed ? 'PROPOSES' : roles.find((r) => pool.some((c) => c.role === r)) ?? (generic ? 'USES' : best.role);
    // The sentence that supports the chosen role, even when a candidate of another type gave it (`propose … SAOKE`).
    const evidenceFrom = own.find((c) => c.role === role && c.rule === best.rule) ?? own.find((c) => c.role === role) ?? group.find((c) => c.role === role) ?? best;
    const key = normalKey(name);
    entities.push({
      type,
      name,
      key,
      aliases: [...aliases].filter((a) => normalKey(a) !== key).sort(),
      role,
      evidence: options.evidence(evidenceFrom.sentence),
      confidence,
      rules: byPrecedence(rules),
      sentences: new Set(own.map((c) => c.sentence)).size,
      source: evidenceFrom.sentence <= -2 ? 'header' : evidenceFrom.sentence === -1 ? 'title' : 'text',
    });
  }
  return entities.sort((a, b) => a.type.localeCompare(b.type) || b.confidence - a.confidence || a.key.localeCompare(b.key));
}

function chooseType(group: Candidate[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const c of group) score.set(c.type, Math.max(score.get(c.type) ?? 0, ruleWeight(c.rule) + (c.type === 'Dataset' ? 0.5 : 0)));
  return [...score.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Method';
}
