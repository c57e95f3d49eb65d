import type { Candidate } from './candidate.js';
import { leadingName } from './names.js';
import { DATASET_HEAD } from './patterns.js';
import { lexiconEntry, normalKey } from '../resolve/index.js';

/**
 * `DensePose: Dense Human Pose Estimation in the Wild` — the name before the colon of a title (see
 * titleCandidate) is linked when the abstract uses it too. Evidence is the title itself (sentence -1).
 */
export function titleRule(found: Candidate | undefined, sentences: string[]): Candidate[] {
  // Only a name the abstract also uses: links are judged on the abstract.
  if (!found || !sentences.some((s) => normalKey(s).includes(normalKey(found.surface)))) return [];
  return [found];
}

/**
 * The name before a title's colon, what the paper proposes (a data set when the rest of the title says
 * so), whether or not the abstract repeats it; not a name the abstract defines as a task or a unit.
 */
export function titleCandidate(title: string, suppressed: Set<string>): Candidate | undefined {
  const colon = title.indexOf(':');
  if (colon < 2 || colon > 40) return undefined;
  const prefix = title.slice(0, colon).trim();
  const name = leadingName(prefix, { single: true });
  if (!name || name !== prefix || prefix.split(/\s+/).length > 3 || suppressed.has(normalKey(name))) return undefined;
  const isData = /\b(?:dataset|data set|benchmark|corpus)\b/i.test(title.slice(colon)) || DATASET_HEAD.test(prefix) || lexiconEntry('Dataset', name) !== undefined;
  return { type: isData ? 'Dataset' : 'Method', surface: name, role: 'PROPOSES', rule: 'title', sentence: -1 };
}

/** The head of a title that names a kind of model: `… Probabilistic Models`, `… Residual Networks`. */
const MODEL_TITLE = /^((?:\p{Lu}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*\s+){1,4}(?:Models|Networks|Nets|Machines|Autoencoders|Transformers|Fields))(?:\s+(?:for|with|via|by|in|on|using)\b|$)/u;

/**
 * `Denoising Diffusion Probabilistic Models` (a title with no colon) with `results using diffusion probabilistic
 * models` in the abstract: the title's model phrase names the paper's method when the abstract writes its head
 * words too. Like the name before a colon, it is linked only when a figure the paper states as its own needs it.
 */
export function titlePhraseCandidate(title: string, sentences: string[]): Candidate | undefined {
  if (title.includes(':')) return undefined;
  const phrase = MODEL_TITLE.exec(title.trim())?.[1];
  if (!phrase) return undefined;
  const head = phrase.split(/\s+/).slice(-2).join(' ').toLowerCase();
  if (!sentences.some((s) => s.toLowerCase().includes(head))) return undefined;
  return { type: 'Method', surface: phrase, role: 'PROPOSES', rule: 'title', sentence: -1 };
}

/**
 * Records not in English get no English rules. Only Latin-script tokens that
 * are exact spellings in the lexicon (`BERT`, `ImageNet`) are linked.
 */
export function foreignLexicon(sentences: string[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((sentence, index) => {
    for (const m of sentence.matchAll(/[A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9+]/g)) {
      for (const type of ['Dataset', 'Method'] as const) {
        const entry = lexiconEntry(type, m[0]);
        if (entry && !entry.needsCue && entry.variants.includes(m[0]) && /[A-Z]/.test(m[0])) {
          out.push({ type, surface: m[0], role: type === 'Dataset' ? 'EVALUATES_ON' : 'USES', rule: 'lexicon', sentence: index });
        }
      }
    }
  });
  return out;
}

/** `名为Persia的系统`, `称为X`, `我们提出X`: the English cues translated, for Latin-script names in Chinese text. */
const CN_NAMING = /(?:名为|称为|称之为|叫做|命名为|简称|dubbed|called)\s*[“"「《]?([A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9+]|[A-Za-z])/g;
const CN_PROPOSE = /(?:提出|设计|构建|开发|推出|发布)(?:了)?\s*(?:一种|一个|一套|新的|新型|全新的)*\s*[“"「《]?([A-Za-z][A-Za-z0-9.+-]*[A-Za-z0-9+])/g;
const CN_OWN = /(?:我们|本文|本研究|本工作|笔者)/;
const CN_DATA = /^[”"」》]?\s*(?:的)?\s*(?:数据集|语料库|语料|基准)/;

export function foreignCues(sentences: string[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((sentence, index) => {
    const own = CN_OWN.test(sentence);
    for (const [re, rule] of [[CN_NAMING, 'named'], [CN_PROPOSE, 'proposed']] as const) {
      for (const m of sentence.matchAll(re)) {
        const name = m[1] ?? '';
        if (name.length < 2 || (rule === 'proposed' && !own)) continue;
        const after = sentence.slice((m.index ?? 0) + m[0].length);
        const type = CN_DATA.test(after) ? 'Dataset' : 'Method';
        out.push({ type, surface: name, role: own ? 'PROPOSES' : type === 'Dataset' ? 'EVALUATES_ON' : 'USES', rule, sentence: index });
      }
    }
  });
  return out;
}
