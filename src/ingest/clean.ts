// Abstracts arrive with LaTeX from arXiv sources. Text-formatting commands are
// unwrapped so the words read (and extract) as words; math between `$…$` is left
// exactly as written, since rewriting it (`S$^2$-MLPv2`) would destroy meaning.

/** Commands whose argument is the text to keep: `\textit{on}` → `on`. */
const UNWRAP = 'textit|textbf|texttt|textsc|textsf|textrm|textnormal|emph|underline|mbox|text|url|mathrm';
/** A footnote becomes a parenthesis so its words do not run into the word before. */
const FOOTNOTE = /\\footnote(?:text)?\s*\{([^{}]*)\}/g;
const UNWRAP_COMMAND = new RegExp(`\\\\(?:${UNWRAP})\\s*\\{([^{}]*)\\}`, 'g');
/** `\href{url}{label}` keeps both, so the link is still found in the text. */
const HREF = /\\href\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g;
/** Commands that carry no readable text. */
const DROP = /\\(?:cite[tp]?|ref|eqref|label)\s*\{[^{}]*\}/g;
/** Escaped characters outside math: `\%` → `%`. */
const ESCAPED = /\\([%&#_$])/g;
const MATH = /(\$\$?)(?:\\.|[^$\\])+?\1/g;

/** Unwraps LaTeX text commands outside math and normalises whitespace (NFC). */
export function cleanText(raw: string): string {
  let out = '';
  let last = 0;
  for (const match of raw.matchAll(MATH)) {
    out += cleanProse(raw.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  out += cleanProse(raw.slice(last));
  return normaliseSpace(out);
}

const NON_ASCII = /[^\x00-\x7f]/;

export function normaliseSpace(text: string): string {
  // ASCII text is already in NFC; skipping the call is most of the cost of cleaning.
  const normalised = NON_ASCII.test(text) ? text.normalize('NFC') : text;
  return normalised.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

function cleanProse(text: string): string {
  if (!text.includes('\\')) return text;
  let previous: string;
  let current = text;
  // Innermost first, until nothing changes: `\footnote{see \url{x}}` needs two passes.
  do {
    previous = current;
    current = current.replace(HREF, '$2 ($1)').replace(UNWRAP_COMMAND, '$1').replace(DROP, '');
    if (current === previous) current = current.replace(FOOTNOTE, ' ($1)');
  } while (current !== previous);
  return current.replace(ESCAPED, '$1');
}

/**
 * The key under which two texts count as the same paper: compatibility-normalised,
 * lower-cased, letters and digits only, so spacing, punctuation and LaTeX markup
 * differences between two dumps of one abstract do not matter.
 */
export function dedupeKeyText(cleaned: string): string {
  if (!NON_ASCII.test(cleaned)) return cleaned.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return cleaned
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
