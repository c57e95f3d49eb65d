import type { Candidate } from './candidate.js';
import type { GazetteerHit } from './plugin.js';
import { findAcronyms } from './acronyms.js';
import { COMPANIES, SHORT_FORM_SPELLINGS, institutionOfAffiliation, isSubUnit, canonicalInstitution } from '../resolve/index.js';
import { allMatches } from './patterns.js';
import { escapeRegExp } from '../graph/regexp.js';

/**
 * Institutions from the affiliation header (AFFILIATED_WITH) and from the text
 * (MENTIONS). A sub-unit followed by its parent (`Institute for Artificial
 * Intelligence, Tsinghua University`) is the parent; events that merely carry
 * an institution-like word (`… Competition`) and products (`NVIDIA 3090 GPU`)
 * are not institutions.
 */

const WORD = String.raw`(?:[A-Z][\p{L}'’.&-]*|[A-Z]{2,})`;
const KIND = String.raw`(?:University|Universit[äéà]t?|Institute|Laboratory|Laboratories|Lab|Labs|Academy|College|Research Center|Research Centre)`;
const TAIL = String.raw`(?:\s+(?:of|for|at|de)\s+${WORD}(?:\s+(?:and|of|the|${WORD}))*)?`;
const ORG = new RegExp(String.raw`(?:${WORD}\s+){0,6}${KIND}${TAIL}`, 'gu');
const LEADING = /^(?:(?:The|In|At|From|By|And|With|Our|Both|Researchers|Authors|Work|Joint)\s+)+/;
const EVENT_AFTER = /^\s*(?:[A-Z][\w-]*\s+){0,6}(?:Competition|Challenge|Workshop|Conference|Symposium|Cup|Prize|Award|Olympiad|Hackathon)\b/;
const PRODUCT_AFTER = /^(?:['’]s\s+)?\s*(?:[A-Z]*\d|(?:GPU|GPUs|TPU|TPUs|Cloud|Translate|Assistant|Scholar|Search|Maps|News|Play|reviews?|products?|Mechanical Turk|Alexa|Colab|Books|Street View|Kinect|Tesla|Titan|Jetson|A100|V100)\b)/;
const SHORT_CUE = new RegExp(String.raw`\b(?:${SHORT_FORM_SPELLINGS.join('|')})\b`);
const SHORT_AT = new RegExp(String.raw`\b(?:at|from|by)\s+(?:the\s+)?(${SHORT_FORM_SPELLINGS.join('|')})(?![\p{L}\p{N}-])`, 'gu');
const SHORT_ITEM = new RegExp(String.raw`^(${SHORT_FORM_SPELLINGS.join('|')})(?![\p{L}\p{N}+-])`, 'u');
/** Words whose institute is generic without a parent (`Institute for Artificial Intelligence`). */
const PROPER = /\b(?!(?:University|Institute|Laboratory|Lab|Labs|Academy|College|Research|Center|Centre|Key|State|National|International|Artificial|Intelligence|Computer|Science|Sciences|Engineering|Technology|Information|Data|Advanced|Applied|Mathematics|Physics|Department|School|Faculty|of|for|and|the|at)\b)[A-Z][\p{L}]+/u;

/**
 * `Korea Advanced Institute of Science and Technology (KAIST)`, `European Organization for Nuclear
 * Research (CERN)`: a defined acronym whose long form is a body — capitalised words around a kind
 * of body — names that institution, not a method.
 */
const BODY_LONG = new RegExp(String.raw`^(?:${WORD}\s+){0,6}(?:${KIND}|Organi[sz]ation|Agency|Foundation|Council|Ministry|Bureau|Administration|Observatory|Corporation)${TAIL}$`, 'u');

export function isInstitutionLongForm(long: string): boolean {
  return BODY_LONG.test(long.trim()) && PROPER.test(long) && !isSubUnit(long);
}

export function affiliationCandidates(affiliations: string[]): Candidate[] {
  const out: Candidate[] = [];
  affiliations.forEach((line, i) => {
    const hit = institutionOfAffiliation(line);
    if (!hit) return;
    const c: Candidate = { type: 'Institution', surface: hit.name, role: 'AFFILIATED_WITH', rule: 'affiliation', sentence: -2 - i };
    if (hit.alias !== hit.name) c.alias = hit.alias;
    out.push(c);
  });
  return out;
}

/** A span the institution pattern joined with `and` that starts a second body: another kind word, or a company. */
const SECOND_BODY = new RegExp(String.raw`^(?:the\s+)?(?:(?:${WORD}\s+){0,6}${KIND}\b|(?:${COMPANIES.map(escapeRegExp).join('|')})\b)`, 'u');

/** The institution pattern anchored at one position (a second body found inside a first match). */
const ORG_AT = new RegExp(ORG.source, 'uy');

/**
 * `Max Planck Institute for Informatics and Google DeepMind` is two bodies, where
 * `University of Science and Technology` is one: a match splits at an `and` that starts a second,
 * and the second is matched again from its own start (it may run on: `… Institute at Chicago`).
 */
function splitBodies(sentence: string, start: number, text: string): Array<{ text: string; end: number }> {
  for (const and of text.matchAll(/\s+and\s+(?:the\s+)?/g)) {
    const at = and.index ?? 0;
    if (!SECOND_BODY.test(text.slice(at + and[0].length))) continue;
    const next = start + at + and[0].length;
    ORG_AT.lastIndex = next;
    const again = ORG_AT.exec(sentence)?.[0] ?? text.slice(at + and[0].length);
    return [{ text: text.slice(0, at), end: start + at }, ...splitBodies(sentence, next, again)];
  }
  return [{ text, end: start + text.length }];
}

/** Literals one of which every ORG match contains (KIND is case-sensitive): most sentences hold none. */
const KIND_WORDS = /Universit|Institute|Lab|Academy|College|Research Cent/;

export function textInstitutions(sentence: string, index: number, hits: GazetteerHit[]): Candidate[] {
  const out: Candidate[] = [];
  const matches = !KIND_WORDS.test(sentence) ? [] : allMatches(ORG, sentence).flatMap((m) => {
    const text = m[0].replace(LEADING, '').trimEnd();
    return splitBodies(sentence, (m.index ?? 0) + m[0].length - text.length, text);
  });
  // `Adaptive Graph Institute Network (AGIN)`: a body word inside a longer defined name is part of that name.
  const longForms = matches.length && sentence.includes('(') ? findAcronyms(sentence).map((d) => d.long).filter((long) => !isInstitutionLongForm(long)) : [];
  matches.forEach((m, i) => {
    if (EVENT_AFTER.test(sentence.slice(m.end))) return;
    if (longForms.some((long) => long !== m.text && long.includes(m.text))) return;
    const next = matches[i + 1];
    if (isSubUnit(m.text)) {
      // The parent, if it follows directly, is the institution; otherwise a bare sub-unit is too vague.
      const between = next ? sentence.slice(m.end, next.end - next.text.length) : '';
      if (next && /^\s*,\s*$/.test(between)) out.push(candidate(next.text, index, `${m.text}, ${next.text}`));
      return;
    }
    if (!PROPER.test(m.text)) return;
    out.push(candidate(m.text, index));
  });
  // `researchers at MIT`, `data from KAIST`: a known short form after a preposition of place or origin.
  if (SHORT_CUE.test(sentence)) {
    for (const m of allMatches(SHORT_AT, sentence)) {
      // `from MSRA and FAIR`: the list goes on while short forms do; one that a name runs on from (`NTU RGB+D`) is not the body.
      let rest = sentence.slice((m.index ?? 0) + m[0].length - (m[1] ?? '').length);
      for (let item = SHORT_ITEM.exec(rest); item; item = SHORT_ITEM.exec(rest)) {
        const short = item[1] ?? '';
        rest = rest.slice(item[0].length);
        if (/^\s*(?:\p{Lu}|\d)/u.test(rest) || PRODUCT_AFTER.test(rest.trimStart())) break;
        out.push({ type: 'Institution', surface: canonicalInstitution(short), alias: short, role: 'MENTIONS', rule: 'institution-text', sentence: index });
        const sep = /^\s*(?:,\s*(?:and\s+)?|and\s+)/.exec(rest);
        if (!sep) break;
        rest = rest.slice(sep[0].length);
      }
    }
  }
  for (const hit of hits) {
    if (hit.tag !== 'Company') continue;
    const after = sentence.slice(sentence.indexOf(hit.text) + hit.text.length);
    if (PRODUCT_AFTER.test(after.trimStart()) || EVENT_AFTER.test(after)) continue;
    out.push({ type: 'Institution', surface: hit.text, role: 'MENTIONS', rule: 'company', sentence: index });
  }
  return out;
}

/** Phrases after which a sentence lists bodies: organisers, hosts, sponsors, the place a system runs. */
const BODY_CUE = /\b(?:organi[sz]ed|hosted|sponsored|funded|supported|co-organi[sz]ed|run|launched|deployed|developed|built|released|maintained|operated)\s+(?:jointly\s+)?(?:by|at|in)\s+|\bin collaboration with\s+|\ba collaboration (?:between|of)\s+/gi;
/** One body in such a list: capitalised words joined by `of`/`for`/`the` (`Institute for Artificial Intelligence`). */
const BODY = /^(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}'’&.-]*)(?:\s+(?:(?:of|for|the|and)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*)/u;
/** Names that are sentence furniture or products rather than bodies. */
const NOT_BODY = /^(?:The|This|These|Our|We|It|Its|GPU|GPUs|CPU|AI|Python|Linux|Windows|Android|iOS)$/;

/**
 * `organized by the Zhongguancun Laboratory, China … Response Team, Institute for Artificial
 * Intelligence, Tsinghua University, and RealAI`, `a system deployed at Taobao`: each item of the
 * list after the cue is a body, whatever its name looks like; the list ends at the first item that
 * does not start with a capital (`as part of …`).
 */
export function listedBodies(sentence: string, index: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(BODY_CUE, sentence)) {
    let rest = sentence.slice((m.index ?? 0) + m[0].length);
    for (let n = 0; n < 8; n++) {
      const body = BODY.exec(rest)?.[1];
      if (!body) break;
      // `X and Y` at the end of a list is two bodies unless it is one name (`University of Science and Technology`).
      const parts = /\bof\b|\bfor\b/.test(body) ? [body] : body.split(/\s+and\s+/);
      const lead = m[0].trim().split(/\s+/)[0] ?? '';
      for (const part of parts) {
        if (NOT_BODY.test(part) || isSubUnit(part) || /^(?:deployed|developed|built|run)$/i.test(lead) && /\s/.test(part) && !ORG_WORD.test(part)) continue;
        out.push({ type: 'Institution', surface: canonicalInstitution(part), role: 'MENTIONS', rule: 'institution-text', sentence: index });
      }
      rest = rest.slice(rest.indexOf(body) + body.length);
      const sep = /^\s*,\s*(?:and\s+|or\s+)?|^\s+and\s+/.exec(rest);
      if (!sep) break;
      rest = rest.slice(sep[0].length);
    }
  }
  return out;
}

const ORG_WORD = /\b(?:University|Institute|Laboratory|Lab|Labs|Academy|College|Team|Group|Inc|Ltd|Corporation|Company|Agency|Center|Centre|Foundation)\b/;

function candidate(text: string, index: number, alias?: string): Candidate {
  const c: Candidate = { type: 'Institution', surface: canonicalInstitution(text), role: 'MENTIONS', rule: 'institution-text', sentence: index };
  if (alias) c.alias = alias;
  return c;
}
