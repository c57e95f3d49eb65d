import type { EntityType } from '../graph/vocabulary.js';
import { DATASET_LEXICON } from './lexicon/datasets.js';
import { METHOD_LEXICON } from './lexicon/methods.js';
import type { LexiconEntry } from './lexicon/datasets.js';
import { canonicalInstitution } from './institutions.js';
import { normalKey, plainSurface, spellingVariants } from './key.js';
import { memoize } from '../graph/memo.js';

export { normalKey, plainSurface, spellingVariants } from './key.js';
export { canonicalInstitution, institutionOfAffiliation, isSubUnit, COMPANIES, SHORT_FORM_SPELLINGS } from './institutions.js';
export { DATASET_LEXICON } from './lexicon/datasets.js';
export { METHOD_LEXICON } from './lexicon/methods.js';
export type { LexiconEntry } from './lexicon/datasets.js';

function byKey(lexicon: LexiconEntry[]): Map<string, LexiconEntry> {
  const map = new Map<string, LexiconEntry>();
  for (const entry of lexicon) {
    for (const variant of entry.variants.flatMap(spellingVariants)) {
      const key = normalKey(variant);
      if (!map.has(key)) map.set(key, entry);
    }
  }
  return map;
}

const KNOWN: Record<'Method' | 'Dataset', Map<string, LexiconEntry>> = {
  Method: byKey(METHOD_LEXICON),
  Dataset: byKey(DATASET_LEXICON),
};

/** The lexicon entry a surface form belongs to, if any. Rules ask about the same few names many times per paper. */
const entryOf = { Method: memoize((name) => lookUp('Method', name)), Dataset: memoize((name) => lookUp('Dataset', name)) };

export function lexiconEntry(type: EntityType, name: string): LexiconEntry | undefined {
  return type === 'Method' || type === 'Dataset' ? entryOf[type](name) : undefined;
}

function lookUp(type: 'Method' | 'Dataset', name: string): LexiconEntry | undefined {
  const surface = plainSurface(name);
  const known = KNOWN[type].get(normalKey(surface));
  if (known || type !== 'Dataset' || !FAMILY.test(surface)) return known;
  return { canonical: surface.replace(/^(\S+?)[\s'’_-]*(\d)/, '$1-$2'), variants: [surface], needsCue: false };
}

/** Shared-task series named by year or number: `CoNLL-2014`, `SemEval 2018`, `WMT'14`, `ICDAR 2015`. */
const FAMILY = /^(?:CoNLL|SemEval|WMT|IWSLT|ICDAR|TREC|ACE|DUC|TAC|BioASQ|MOT|VOT|KITTI|NIST|LDC|BraTS|ILSVRC|MIREX|CLEF|ImageCLEF|DSTC)[\s'’_-]?\d{2,4}\w*$/;

/**
 * The display name of the entity a surface form refers to: the lexicon's
 * canonical spelling when known, else the cleaned surface. Plural `s` after a
 * capital (`CNNs`, `GANs`) is dropped so singular and plural share a node.
 */
const canonicalMemo = new Map<EntityType, (name: string) => string>();

export function canonicalName(type: EntityType, name: string): string {
  // One memo per type: no key string to build (and hash) per call.
  let memo = canonicalMemo.get(type);
  if (!memo) canonicalMemo.set(type, (memo = memoize((n) => canonical(type, n))));
  return memo(name);
}

function canonical(type: EntityType, name: string): string {
  const surface = plainSurface(name);
  if (type === 'Institution') return canonicalInstitution(surface);
  const known = lexiconEntry(type, surface);
  if (known) return known.canonical;
  // Articles are left to the extractor's name reader: stripping them here would make `A-Net` and `A Net` differ.
  let out = surface;
  // `Brown corpus` = `Brown`; a longer proper name keeps its capitalised noun (`Czech National Corpus`).
  if (type === 'Dataset' && !/^\S+\s+\S+\s+(?:Corpus|Corpora)$/.test(out)) out = out.replace(/[\s-]+(?:data[\s-]?sets?|benchmarks?|corpus|corpora)$/i, '');
  out = out.replace(/(?<=[A-Z]{2})s$/, "");
  const again = lexiconEntry(type, out);
  return again ? again.canonical : out;
}

/**
 * The graph node key: lower-case NFKC letters and digits of the canonical name,
 * so any spelling a user types (`cifar10`, `MS-COCO`) finds the same node.
 */
export function entityKey(type: EntityType, name: string): string {
  return normalKey(canonicalName(type, name));
}

/** Lexicon spellings of the entity, for `aliases`. */
export function knownAliases(type: EntityType, name: string): string[] {
  return lexiconEntry(type, name)?.variants ?? [];
}
