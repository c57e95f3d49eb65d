import type { Rule } from '../candidate.js';
import { findAcronyms } from '../acronyms.js';
import { leadingList, leadingName } from '../names.js';
import { DATASET_HEAD, DATASET_NOUN, METHOD_HEAD, METHOD_NOUN, METRIC_HEAD, OWN, TASK_HEAD, TOKEN, isGenericPhrase, isNameLike } from '../patterns.js';
import { lexiconEntry, normalKey } from '../../resolve/index.js';
import { METHOD_SUFFIX, PROPOSE_OWN, add, datasetRole, methodRole, type SentenceContext } from './context.js';

/**
 * Rules that read methods: acronym definitions, proposals and namings (which
 * may also name the paper's own data set), comparisons and name-shaped tokens.
 */

// Compiled once: rules run on every sentence of every abstract.
const PROPOSE = /\b(?:(?:we|this (?:paper|work|report|study))\s+(?:\w+ly\s+)?(?:also\s+|further\s+|then\s+)?|and\s+(?:then\s+)?)(?:propose|introduce|present|develop|design|devise|build|construct|create|release|collect|contribute|describe|put forward|formulate|establish|curate|provide)(?:s|d|ed)?\s+/gi;
const NAMING = /\b(?:(?:term|terms|termed|name|names|call|calls)\b[^.;]{0,80}?\bas|called|named(?! entit)|termed|dubbed|namely|coined|denoted as|referred to as|we call it|we term it|we name it)\s+/gi;
const COMPARE = new RegExp(String.raw`\b(?:(?:we|and)\s+(?:\w+ly\s+)?(?:also\s+)?(?:compare|evaluate|benchmark|test|assess)|outperform\w*|surpass\w*|beat\w*|exceed\w*|superior to|better than|compared (?:with|to|against)|comparisons? (?:with|to|against)|competitive with|on par with|comparable to|(?:close|similar) to (?:that|those) of|versus|vs\.?|over)\s+(?:(?:the|other|previous|existing|strong|recent|popular|current|mainstream|baseline|prior|state-of-the-art|several|many|all|both)\s+)*(?:${METHOD_NOUN}\s*,?\s*)?(?:(?:such as|like|including|e\.g\.,?)\s+)?`, 'gi');
const DATA_AFTER = new RegExp(String.raw`^[\s,(]*(?:a|an|the)?\s*(?:[\w-]+\s+){0,7}${DATASET_NOUN}\b`, 'i');
const DATA_BEFORE = new RegExp(String.raw`${DATASET_NOUN}[^.;]{0,25}$`, 'i');

export function acronymRule(ctx: SentenceContext): void {
  ctx.acronyms ??= findAcronyms(ctx.text);
  for (const { short, long } of ctx.acronyms) {
    const head = long.split(/[\s-]+/).pop() ?? '';
    const known = lexiconEntry('Method', short) ?? lexiconEntry('Method', long);
    const before = ctx.text.slice(0, ctx.text.indexOf(long));
    if (TASK_HEAD.test(head) || METRIC_HEAD.test(head)) {
      ctx.suppressed.add(normalKey(short));
      ctx.suppressed.add(normalKey(short.replace(/s$/, '')));
    } else if (DATASET_HEAD.test(long) || lexiconEntry('Dataset', short)) {
      add(ctx, 'Dataset', short, 'acronym', datasetRole(before, PROPOSE_OWN.test(before)), long);
    } else if (known) {
      add(ctx, 'Method', short, known.generic ? 'lexicon-generic' : 'lexicon', methodRole(before), long);
    } else if (TASK_HEAD.test(head) || METRIC_HEAD.test(head) || isGenericPhrase(long)) {
      ctx.suppressed.add(normalKey(short));
      ctx.suppressed.add(normalKey(short.replace(/s$/, '')));
    } else if (/s$/.test(short) && /s$/.test(head)) {
      add(ctx, 'Method', short, 'acronym-plural', 'USES', long);
    } else {
      const rule: Rule = METHOD_HEAD.test(head) ? 'acronym' : 'acronym-other';
      add(ctx, 'Method', short, rule, methodRole(before), long);
    }
  }
}

export function proposalRule(ctx: SentenceContext): void {
  const defined = (ctx.acronyms ??= findAcronyms(ctx.text)).map((d) => d.long);
  for (const m of ctx.text.matchAll(PROPOSE)) {
    const after = ctx.text.slice((m.index ?? 0) + m[0].length);
    if (/^and/i.test(m[0]) && !/\bwe\b/i.test(ctx.text.slice(0, m.index))) continue; // `…, and propose` needs a `we`
    // `we propose Instance-wise Prompt Tuning (IPT)`: the acronym rule links both names.
    if (defined.some((long) => { const i = after.indexOf(long); return i >= 0 && i < 40; })) continue;
    // Apposition: `we propose a unified knowledge expression form, SAOKE, to …`.
    const apposed = /^(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?[\w-]+,\s+([^,;.()]+?)\s*[,.(]/.exec(after);
    const name = leadingName(after, { single: true }) ?? (apposed && leadingName(apposed[1] ?? '', { single: true }));
    if (!name) continue;
    const tail = after.slice(after.indexOf(name) + name.length, after.indexOf(name) + name.length + 90);
    const isData = DATA_AFTER.test(tail);
    add(ctx, isData ? 'Dataset' : 'Method', name, 'proposed', 'PROPOSES');
  }
}

export function namingRule(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(NAMING)) {
    const at = m.index ?? 0;
    const name = leadingName(ctx.text.slice(at + m[0].length), { single: true });
    if (!name) continue;
    const before = ctx.text.slice(0, at);
    const own = OWN.test(ctx.text);
    const isData = DATA_BEFORE.test(before.slice(-60));
    if (isData) add(ctx, 'Dataset', name, 'named', own ? 'PROPOSES' : 'EVALUATES_ON');
    else add(ctx, 'Method', name, 'named', own ? 'PROPOSES' : 'USES');
  }
}

export function compareRule(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(COMPARE)) {
    // A strong cue reads one capitalised word as a name (`outperforms Conformer`); `over` is too common for that.
    const single = !/^over\b/i.test(m[0]);
    for (const name of leadingList(ctx.text.slice((m.index ?? 0) + m[0].length), { single })) {
      if (!lexiconEntry('Dataset', name)) add(ctx, 'Method', name, 'compared', 'USES');
    }
  }
}

/** Every other name-shaped token, typed as a method; weak unless cued by what follows. */
export function nameLikeRule(ctx: SentenceContext): void {
  const tokens = [...ctx.text.matchAll(TOKEN)];
  const lowerWords = tokens.filter((m) => /^\p{Ll}+$/u.test(m[0])).length;
  if (tokens.length > 8 && lowerWords / tokens.length < 0.4) return; // a header or reference list, not prose
  // Tokens inside a longer name this sentence already gave (`PASCAL` in `PASCAL VOC 2007`) are not names of their own.
  const covered = ctx.out.filter((c) => c.sentence === ctx.index && c.surface.includes(' ')).map((c) => c.surface);
  for (const m of tokens) {
    const token = m[0].replace(/[.'’]+$/, '');
    if (!isNameLike(token) || lexiconEntry('Dataset', token) || covered.some((c) => c.includes(token))) continue;
    const at = m.index ?? 0;
    const after = ctx.text.slice(at + m[0].length);
    const rule: Rule = METHOD_SUFFIX.test(after) || /-(?:based|like|style)$/.test(token) ? 'method-cue' : 'name-like';
    // `wav2vec 2.0`, `GPT 3.5`: a one-digit version is part of the name, not a score.
    const version = /^\s+(\d\.\d)(?![\d.%]|\s*%)/.exec(after)?.[1];
    add(ctx, 'Method', version ? `${token} ${version}` : token, rule, methodRole(ctx.text.slice(0, at)));
  }
}
