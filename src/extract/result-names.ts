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

/** What may not follow a name: a word character, or a hyphen and a word (`S2-MLPv2`); a dash (`VOC 2012---achieving`) may. */
const NAME_END = String.raw`(?!\w|-(?!-)[\w-]*\w)`;
/** `ResNeSt-50`, `EfficientDet-D7`, `BERT-L`: a size or version after a method's name is still that method. */
const VERSION_END = String.raw`(?:-(?:\d+[A-Za-z]?|[A-Z]\d*|[Vv]\d+)(?![\w-])|${NAME_END})`;

/**
 * Whole words only: `MLP` is not named inside `S2-MLPv2`. A plural is the name (`SENets` of `SENet`),
 * and so are the spellings that share its key (`HMDB-51` of `HMDB51`, `Penn-Treebank`): a hyphen or a
 * space may come and go where letters meet digits or where the name has one.
 */
function namePattern(form: string, end: string): RegExp {
  const body = form
    .split(/(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|[\s-]+/u)
    .filter(Boolean)
    .map(escapeRegExp)
    .join('[\\s-]?');
  // Case matters only for short forms (`SE`, `IS`); `Citeseer` is `CiteSeer`.
  return new RegExp(String.raw`(?<![\w-])${body}${/\p{L}$/u.test(form) ? 's?' : ''}${end}`, form.length >= 4 ? 'giu' : 'gu');
}
const patternOf = memoize((form) => namePattern(form, NAME_END));
const versionedPatternOf = memoize((form) => namePattern(form, VERSION_END));

/**
 * Every place an entity's name or alias occurs, left to right, longest form first where two overlap;
 * `versions`: a size or version after the name counts (for the methods a result is credited to).
 */
export function mentionsIn(sentence: string, entities: ExtractedEntity[], versions = false): Mention[] {
  const out: Mention[] = [];
  const versioned: Mention[] = [];
  let lower: string | undefined;
  const read = (entity: ExtractedEntity, form: string): void => {
    if (form.length < 2) return;
    // The name's first letters, as the pattern matches them (any case from four letters on): most names are absent.
    if (form.length < 4 ? !sentence.includes(form.slice(0, 2)) : !(lower ??= sentence.toLowerCase()).includes(form.slice(0, 3).toLowerCase())) return;
    for (const m of allMatches(patternOf(form), sentence)) out.push({ entity, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    // Only where the name's last letters run into a hyphen: most sentences write no size after a name.
    if (!versions || !(lower ??= sentence.toLowerCase()).includes(`${form.slice(-3).toLowerCase()}-`)) return;
    // The same name with a size or version after it, ranked after every name written whole over the same words
    // (`ResNet-50` is ResNet-50's when it is linked, ResNet's only when it is not).
    for (const m of allMatches(versionedPatternOf(form), sentence)) {
      const start = m.index ?? 0;
      if (/-\w+$/.test(m[0])) versioned.push({ entity, start, end: start + m[0].length });
    }
  };
  for (const entity of entities) {
    // The name, then each alias (no array built per entity and sentence).
    read(entity, entity.name);
    for (const form of entity.aliases) read(entity, form);
  }
  for (const v of versioned) if (!out.some((o) => o.start === v.start && o.end === v.end)) out.push(v);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((m, i) => !out.slice(0, i).some((o) => o.start <= m.start && o.end >= m.end));
}

const PROPOSAL = /\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|introduce|present|develop|design)\w*\b/i;
/** A method named as a part or a tool of the proposal (`a model based on CNNs`) is not the proposal. */
const PART_OF = /\b(?:based on|using|with|via|of|from|on|by|upon|than|over|and|like|such as)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/i;

/** `Finally, we also propose Fast NMS, a drop-in … replacement`: a proposal made on the side of the paper's main one. */
const SIDE_PROPOSAL = /\b(?:we\s+(?:also|additionally|further)|(?:Additionally|Furthermore|Moreover|In addition|Besides),?\s+we(?:\s+also)?)\s+(?:propose|introduce|present|design|develop|devise)\w*\b/;

/**
 * `titleMethod`: the name before the title's colon when the abstract does not link it (`YOLACT: Real-time
 * Instance Segmentation`); it is the paper's own over proposals the abstract makes only on the side.
 */
export function ownMethod(entities: ExtractedEntity[], sentences: string[], title: string, titleMethod?: string): string | undefined {
  const all = entities.filter((e) => e.type === 'Method');
  const methods = titleMethod ? all.filter((e) => !(e.role === 'PROPOSES' && SIDE_PROPOSAL.test(e.evidence))) : all;
  if (titleMethod && methods.length < all.length && !methods.some((e) => e.role === 'PROPOSES')) return titleMethod;
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
