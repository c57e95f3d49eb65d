import type { PaperRecord } from '../ingest/record.js';
import type { Candidate } from './candidate.js';
import type { Word } from './phrases.js';
import type { ExtractedEntity, ExtractedPaper, ExtractedResult } from './types.js';
import { cleanText, splitSentences } from './text.js';
import { acronymRule, SENTENCE_RULES, SHAPE_RULE, type SentenceContext } from './rules.js';
import { titleCandidate, titlePhraseCandidate, titleRule, foreignCues, foreignLexicon } from './title.js';
import { affiliationCandidates, listedBodies, textInstitutions } from './institutions.js';
import { mergeCandidates } from './merge.js';
import { paperHits } from './plugin.js';
import { findResults } from './results.js';
import { canonicalName, lexiconEntry, normalKey } from '../resolve/index.js';
import { finishTaskMetrics, taskMetricCandidates } from './tasks-metrics.js';

/** Bump when rules change: it is stored on every relationship the loader writes. */
export const EXTRACTOR_VERSION = 'papergraph-rules/0.6.0';

/** Entities under this confidence are not linked (see the calibration table of `eval`). */
export const MIN_CONFIDENCE = 0.55;

/** What extraction reads of a record; the rest of it is passed through untouched. */
export type ExtractInput = Pick<PaperRecord, 'abstract' | 'language' | 'affiliations'> & { title?: string | undefined };

/** What extraction adds to a record. */
export interface Findings {
  entities: ExtractedEntity[];
  results: ExtractedResult[];
}

const CAPITALS = /^\p{Lu}{2,}$/u;
const WORD_CHAR = /[\w-]/;

/** Whether `word` occurs in `text` with no word character or hyphen on either side (a string scan, not a pattern per name). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** Pure and synchronous: the same record always gives the same paper. */
export function extractPaper(record: PaperRecord): ExtractedPaper {
  return withFindings(record, extractFindings(record));
}

/** The paper for a record and its findings (computed here or in a worker): one shape, one key order. */
export function withFindings(record: PaperRecord, { entities, results }: Findings): ExtractedPaper {
  return { ...record, entities, results, extractor: EXTRACTOR_VERSION };
}

/** Entities and results of one record, from its title, abstract, language and affiliations only. */
export function extractFindings(record: ExtractInput): Findings {
  const english = /^en\b/i.test(record.language);
  const title = cleanText(record.title ?? '');
  // Chinese and Japanese end sentences with `。！？` and no space.
  const split = splitSentences(cleanText(record.abstract));
  const sentences = english ? split : split.flatMap((s) => s.split(/(?<=[。！？])/u).filter((x) => x.trim()));
  const candidates: Candidate[] = affiliationCandidates(record.affiliations);
  let sentenceWords: Array<Word[] | undefined> = [];
  /** The name before the title's colon (not one the abstract defines as a task or a unit). */
  let fromTitle: Candidate | undefined;

  if (english) {
    const suppressed = new Set<string>();
    const notData = new Set<string>();
    const hits = paperHits(sentences);
    const contexts: SentenceContext[] = sentences.map((text, index) => ({ text, index, previous: sentences[index - 1], hits: hits[index] ?? [], suppressed, notData, out: candidates }));
    // Acronyms first: a task defined anywhere (`… (KBQA)`) is suppressed everywhere.
    contexts.forEach(acronymRule);
    for (const ctx of contexts) for (const rule of SENTENCE_RULES) rule(ctx);
    fromTitle = titleCandidate(title, suppressed);
    // `SQuAD: 100,000+ Questions for …` with `We present the Stanford Question Answering Dataset (SQuAD)`: the abstract says what it is.
    const titleKey = fromTitle && normalKey(fromTitle.surface);
    if (fromTitle?.type === 'Method' && candidates.some((c) => c.type === 'Dataset' && c.rule !== 'eval-on' && (normalKey(c.surface) === titleKey || (c.alias !== undefined && normalKey(c.alias) === titleKey)))) fromTitle = { ...fromTitle, type: 'Dataset' };
    const titled = titleRule(fromTitle, sentences);
    const bodies = sentences.flatMap((s, i) => [...textInstitutions(s, i, hits[i] ?? []), ...listedBodies(s, i)]);
    // The shape rule only adds to names found by the others (see nameLikeRule), so it gets their keys.
    const known = new Set<string>();
    for (const c of [...candidates, ...titled, ...bodies]) {
      known.add(normalKey(c.surface)).add(normalKey(canonicalName(c.type, c.surface)));
      if (c.alias) known.add(normalKey(canonicalName(c.type, c.alias)));
    }
    for (const ctx of contexts) {
      ctx.known = known; // set in place: a copy per sentence cost more than the rule's common case
      SHAPE_RULE(ctx);
    }
    candidates.push(...titled, ...bodies);
    candidates.push(...taskMetricCandidates(title, contexts));
    sentenceWords = contexts.map((c) => c.words);
  } else {
    candidates.push(...foreignLexicon(sentences), ...foreignCues(sentences));
  }

  // `160 000 MWEs`: an acronym the abstract also counts in the plural names a kind of item, not a data set.
  const whole = sentences.join(' ');
  const kept = candidates.filter((c) => !(c.type === 'Dataset' && CAPITALS.test(c.surface) && !lexiconEntry('Dataset', c.surface) && hasWord(whole, `${c.surface}s`)));
  // Evidence says where a link came from: a sentence of the abstract, the title, or a header line outside the abstract.
  const evidence = (i: number): string => (i >= 0 ? sentences[i] ?? '' : i === -1 ? `Title: ${title}` : `Affiliation line of the dump: ${record.affiliations[-2 - i] ?? ''}`);
  const entities = mergeCandidates(kept, { minConfidence: MIN_CONFIDENCE, evidence });
  finishTaskMetrics(entities);
  if (!english) return { entities, results: [] };
  // `R-FCN: Object Detection via …` with `We show … 83.6% mAP` and no name in the abstract: the title names the
  // paper's method, linked (evidence: the title) only when a figure the paper states as its own needs it.
  const titleNamed = fromTitle ?? titlePhraseCandidate(title, sentences);
  const titleMethod = titleNamed?.type === 'Method' ? mergeCandidates([titleNamed], { minConfidence: 0, evidence })[0] : undefined;
  const known = titleMethod && entities.some((e) => e.type === 'Method' && e.key === titleMethod.key);
  const results = findResults(sentences, entities, title, sentenceWords, known ? undefined : titleMethod?.name);
  if (titleMethod && !known && results.some((r) => r.method === titleMethod.name)) entities.push(titleMethod);
  // `Compared to RoBERTa, our model gains on MNLI by +0.9%`: a data set the paper's own method states a figure on is
  // one it evaluates on, whatever the sentence's framing made of it.
  const own = new Set(entities.filter((e) => e.type === 'Method' && e.role === 'PROPOSES').map((e) => e.name));
  for (const e of entities) if (e.type === 'Dataset' && e.role === 'MENTIONS' && results.some((r) => r.dataset === e.name && r.method !== undefined && own.has(r.method))) e.role = 'EVALUATES_ON';
  return { entities, results };
}
