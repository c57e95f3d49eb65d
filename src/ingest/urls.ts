// A URL runs over ASCII URL characters only, so one embedded in Chinese text
// (`persia),以便`) stops at the first CJK character or full-width punctuation.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gi;
const TRAILING = /[.,;:!?'"\]>]$/;

/** Code and data links in the text, in order, without trailing punctuation, each once. */
export function findUrls(text: string): string[] {
  const found = new Set<string>();
  for (const [raw] of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(raw);
    if (/[A-Za-z0-9]\.[A-Za-z]{2,}/.test(url)) found.add(url);
  }
  return [...found];
}

function trimUrl(url: string): string {
  let out = url;
  for (;;) {
    if (TRAILING.test(out)) out = out.slice(0, -1);
    // A closing bracket is the sentence's unless the URL opened one itself (wiki links do).
    else if (out.endsWith(')') && count(out, '(') < count(out, ')')) out = out.slice(0, -1);
    else return out;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
