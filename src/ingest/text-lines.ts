import { isoDay, parseArxivId } from './ids.js';

/** What one line of a text dump is, by its own content. */
export type TextLine =
  | { kind: 'blank' }
  | { kind: 'marker' }
  | { kind: 'synthetic' }
  | { kind: 'arxiv'; id: string }
  | { kind: 'created'; day: string }
  | { kind: 'header'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'abstract'; text: string }
  | { kind: 'short'; text: string }
  | { kind: 'malformed'; reason: string };

/**
 * Below this length an unlabelled line is not taken for an abstract (real ones run to
 * hundreds of characters); it is a comment when it follows an abstract, else a reject.
 */
export const MIN_ABSTRACT_CHARS = 100;
const MIN_CJK_ABSTRACT_CHARS = 40;

const MARKER = /^translated\s+by\b/i;
const ARXIV = /^arxiv\s*:\s*(.*)$/i;
const CREATED = /^created\s*:\s*(.*)$/i;
const SYNTHETIC = /^synthetic\s*:\s*\S.{0,60}$/i;
const TITLE = /^title\s*[:：]\s*(.+)$/i;
const ABSTRACT = /^abstract\s*(?:[:：]|[.—–-]\s)\s*/i;
const INSTITUTION =
  /\b(?:universit(?:y|ies|é|ät|à|at|ad)|institut(?:e|o)?|laborator(?:y|ies)|labs?|college|academy|school|department|dept\.|faculty|cent(?:er|re)|inc\.?|ltd\.?|corporation|research)\b/i;
// Words of comment lines that may also name a place ("Work done at Google Research").
const COMMENT_WORDS =
  /\b(?:pages?|figures?|tables?|accepted|submitted|appear|published|preprint|work done|version|conference|workshop|proceedings)\b/i;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function classifyLine(raw: string): TextLine {
  const text = raw.trim();
  if (text === '') return { kind: 'blank' };
  if (MARKER.test(text)) return { kind: 'marker' };
  if (SYNTHETIC.test(text)) return { kind: 'synthetic' };
  let match = ARXIV.exec(text);
  if (match) {
    const id = parseArxivId(match[1]!);
    return id ? { kind: 'arxiv', id } : { kind: 'malformed', reason: `malformed arXiv id "${match[1]}"` };
  }
  match = CREATED.exec(text);
  if (match) {
    const day = isoDay(match[1]!);
    return day ? { kind: 'created', day } : { kind: 'malformed', reason: `malformed Created date "${match[1]}" (want YYYY-MM-DD)` };
  }
  match = TITLE.exec(text);
  if (match) return { kind: 'title', text: match[1]!.trim() };
  match = ABSTRACT.exec(text);
  if (match) {
    const body = text.slice(match[0].length).trim();
    return body ? { kind: 'abstract', text: body } : { kind: 'malformed', reason: 'empty abstract after "Abstract:"' };
  }
  if (isAffiliationHeader(text)) return { kind: 'header', text };
  if (text.length >= MIN_ABSTRACT_CHARS || (text.length >= MIN_CJK_ABSTRACT_CHARS && CJK.test(text))) return { kind: 'abstract', text };
  return { kind: 'short', text };
}

/** `Department of Mathematics, Hong Kong University of Science and Technology`. */
function isAffiliationHeader(text: string): boolean {
  if (text.length > 200 || text.split(/\s+/).length > 25) return false;
  if (/[.!?]$/.test(text) && !/\b(?:Inc|Ltd|Co)\.$/.test(text)) return false;
  return INSTITUTION.test(text) && !COMMENT_WORDS.test(text);
}
