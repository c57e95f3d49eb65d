import type { ExtractedEntity } from './types.js';
import { allMatches } from './patterns.js';
import { memoize } from '../graph/memo.js';
import { escapeRegExp } from '../graph/regexp.js';

/**
 * Where a paper's linked entities are named in a sentence, and which method is
 * the paper's own: the one it proposes, else a method named in a proposal
 * sentence (`we propose a new architecture, the Transformer`), else one named
 * in the title.
 */

export interface Mention {
  entity: ExtractedEntity;
  start: number;
  end: number;
}

/**
 * Whole words only: `MLP` is not named inside `S2-MLPv2`. A plural is the name (`SENets` of `SENet`),
 * and so are the spellings that share its key (`HMDB-51` of `HMDB51`, `Penn-Treebank`): a hyphen or a
 * space may come and go where letters meet digits or where the name has one.
 */
const patternOf = memoize((form) => {
  const body = form
    .split(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|[\s-]+/u)
    .filter(Boolean)
    .map(escapeRegExp)
    .join('[\\s-]?');
  // A dash (`VOC 2012---achieving`) ends a name; one hyphen and a word run it on (`COCO-Stuff`).
  // Case matters only for short forms (`SE`, `IS`); `Citeseer` is `CiteSeer`.
  return new RegExp(String.raw`(?<![\w-])${body}${/\p{L}$/u.test(form) ? 's?' : ''}(?!\w|-(?!-)[\w-]*\w)`, form.length >= 4 ? 'giu' : 'gu');
});

/** Every place an entity's name or alias occurs, left to right, longest form first where two overlap. */
export function mentionsIn(sentence: string, entities: ExtractedEntity[]): Mention[] {
  const out: Mention[] = [];
  let lower: string | undefined;
  const read = (entity: ExtractedEntity, form: string): void => {
    if (form.length < 2) return;
    // The name's first letters, as the pattern matches them (any case from four letters on): most names are absent.
    if (form.length < 4 ? !sentence.includes(form.slice(0, 2)) : !(lower ??= sentence.toLowerCase()).includes(form.slice(0, 3).toLowerCase())) return;
    for (const m of allMatches(patternOf(form), sentence)) out.push({ entity, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  };
  for (const entity of entities) {
    // The name, then each alias (no array built per entity and sentence).
    read(entity, entity.name);
    for (const form of entity.aliases) read(entity, form);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((m, i) => !out.slice(0, i).some((o) => o.start <= m.start && o.end >= m.end));
}

const PROPOSAL = /\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|introduce|present|develop|design)\w*\b/i;
/** A method named as a part or a tool of the proposal (`a model based on CNNs`) is not the proposal. */
const PART_OF = /\b(?:based on|using|with|via|of|from|on|by|upon|than|over|and|like|such as)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/i;

export function ownMethod(entities: ExtractedEntity[], sentences: string[], title: string): string | undefined {
  const methods = entities.filter((e) => e.type === 'Method');
  // Of several proposals, the one the title names first (`Faster R-CNN: Towards … Region Proposal Networks` over RPN), then the surest.
  const titled = new Map<string, number>();
  for (const m of mentionsIn(title, methods)) if (!titled.has(m.entity.name)) titled.set(m.entity.name, m.start);
  const place = (e: ExtractedEntity) => titled.get(e.name) ?? Number.POSITIVE_INFINITY;
  const proposed = methods.filter((e) => e.role === 'PROPOSES').sort((a, b) => place(a) - place(b) || b.confidence - a.confidence);
  if (proposed[0]) return proposed[0].name;
  for (const s of sentences) {
    const verb = PROPOSAL.exec(s);
    if (!verb) continue;
    const after = verb.index + verb[0].length;
    const m = mentionsIn(s, methods).find((x) => x.start >= after && !PART_OF.test(s.slice(after, x.start)));
    if (m) return m.entity.name;
  }
  return mentionsIn(title, methods)[0]?.entity.name;
}
