import nlp from 'compromise/one';
import { DATASET_LEXICON, METHOD_LEXICON, COMPANIES, spellingVariants } from '../resolve/index.js';
import type { LexiconEntry } from '../resolve/index.js';

/**
 * The compromise plugin: gazetteers of known data sets, methods and companies.
 * We load only `compromise/one` (tokenizer + lexicon, no POS tagger): the rules
 * need names, not parts of speech, and the tagger is the slow part.
 * Note: importing full `compromise` anywhere in the same process would extend
 * this same instance with the tagger and make it ~10× slower.
 */

type Tag = 'Dataset' | 'Method' | 'Company';

function entries(lexicon: LexiconEntry[]): string[] {
  return lexicon.flatMap((e) => e.variants.flatMap(spellingVariants));
}

const GAZETTEERS: Record<Tag, string[]> = {
  Dataset: entries(DATASET_LEXICON),
  Method: entries(METHOD_LEXICON),
  Company: COMPANIES,
};

/** Single-word names become lexicon words; multi-word ones go through the trie. */
const words: Record<string, Tag> = {};
for (const tag of ['Company', 'Method', 'Dataset'] as Tag[]) {
  for (const name of GAZETTEERS[tag]) if (/^[\p{L}\p{N}]+$/u.test(name)) words[name.toLowerCase()] = tag;
}

const tries = Object.fromEntries(
  (Object.keys(GAZETTEERS) as Tag[]).map((tag) => [tag, nlp.buildTrie(GAZETTEERS[tag])]),
) as Record<Tag, object>;

/* eslint-disable @typescript-eslint/no-explicit-any -- compromise's View typing has no plugin hooks */
const plugin = {
  tags: {
    Dataset: { isA: 'Noun' },
    Method: { isA: 'Noun' },
    Company: { isA: 'Noun' },
  },
  words,
  api: (View: any) => {
    /** Tags multi-word gazetteer hits; single words are tagged by the lexicon. */
    View.prototype.tagGazetteers = function (this: any) {
      for (const tag of Object.keys(tries) as Tag[]) this.lookup(tries[tag]).tag(tag, 'papergraph-gazetteer');
      return this;
    };
    View.prototype.datasets = function (this: any) {
      return this.match('#Dataset+');
    };
    View.prototype.models = function (this: any) {
      return this.match('#Method+');
    };
    View.prototype.companies = function (this: any) {
      return this.match('#Company+');
    };
  },
};
nlp.plugin(plugin as any);

/** Words that can start a gazetteer name: a sentence without one is never parsed. */
const FIRST_WORDS = new Set(
  Object.values(GAZETTEERS)
    .flat()
    .map((n) => n.toLowerCase().split(/[\s-]/)[0] ?? ''),
);

export interface GazetteerHit {
  tag: Tag;
  text: string;
}

/** Known names in one sentence, via the compromise plugin when a first word is present. */
export function gazetteerHits(sentence: string): GazetteerHit[] {
  const tokens = sentence.toLowerCase().split(/[^\p{L}\p{N}+'.]+/u);
  if (!tokens.some((t) => FIRST_WORDS.has(t) || FIRST_WORDS.has(t.replace(/[.']+$/, '')))) return [];
  const doc = (nlp(sentence) as any).tagGazetteers();
  const hits: GazetteerHit[] = [];
  for (const tag of ['Dataset', 'Method', 'Company'] as Tag[]) {
    const found = tag === 'Dataset' ? doc.datasets() : tag === 'Method' ? doc.models() : doc.companies();
    const view = found.splitAfter('@hasComma'); // `Set5, Set14, B100` are three names
    for (const text of view.out('array') as string[]) hits.push({ tag, text: text.replace(/^[("“]+|[)"”,.;:]+$/g, '') });
  }
  return hits;
}
