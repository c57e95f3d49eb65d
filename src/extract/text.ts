/**
 * Abstract text as the rules want it: TeX and markup removed, split into
 * sentences. Splitting is a regular expression, not a parser, because it runs
 * on every abstract and compromise only sees the few sentences with candidates.
 */

export function cleanText(text: string): string {
  // Each step only where its first character occurs: most abstracts hold no TeX, no curly quotes.
  let t = text.replace(/^\s*Abstract\s*[:.]\s*/i, '');
  if (t.includes('\\')) t = t.replace(/\\footnote\{[^}]*\}?/g, ' ');
  if (t.includes('$')) t = t.replace(/\$\s*\^\s*\{?([^$}]*)\}?\s*\$/g, '$1'); // S$^2$ → S2
  if (t.includes('\\')) t = t.replace(/\\(?:textit|textbf|emph|texttt|mathrm|text|mathbf|textsc)\{([^}]*)\}/g, '$1');
  if (t.includes('$')) t = t.replace(/\$[^$]{0,80}\$/g, (m) => m.replace(/[\\{}$]/g, '').replace(/times/g, '×')); // $83.6\%$ → 83.6%
  if (t.includes('\\')) t = t.replace(/\\%/g, '%');
  if (t.includes(' K') || t.includes(' M')) t = t.replace(/(\d) ([KM])\b(?![-'’])/g, '$1$2'); // `ImageNet-1 K`, `Human3.6 M` as extracted from PDFs
  // TeX dashes: `VOC 2012---achieving` (an em dash between words), `1--5` (a range).
  if (t.includes('--')) t = t.replace(/(\d)--(?=\d)/g, '$1–').replace(/\s*-{2,3}\s*/g, ' — ');
  if (t.includes('“')) t = t.replace(/“\s+/g, '“');
  if (t.includes('”')) t = t.replace(/\s+”/g, '”');
  if (t.includes("'") || t.includes('’')) t = t.replace(/\s+([’']s)\b/g, '$1'); // `Children ’s` → `Children’s`
  // `\s+` → ` `, touching only runs that are not already one space (replacing every gap rebuilt the whole text).
  return t.replace(/\s\s+|[^\S ]/g, ' ').trim();
}

/** Abbreviations whose full stop does not end a sentence. */
const NO_BREAK = /\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Figs|Eq|Eqs|Sec|No|approx|resp|Dr|Prof|Inc|Ltd|Univ|Dept)\.$/i;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?](?=\s+[A-Z0-9(“"])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const candidate = text.slice(start, m.index + 1);
    if (NO_BREAK.test(candidate) || /\b[A-Z]\.$/.test(candidate)) continue;
    out.push(candidate.trim());
    start = m.index + 1;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
