/**
 * Whether a larger value of a metric is better. The extractor states it for the metrics it knows;
 * for any other name (and for metrics a result names without the extractor linking them) it is
 * read from the words, here and nowhere else, so the loader and the API agree.
 */

/** Words and unambiguous acronyms of quantities to minimise: errors, losses, distances, costs. */
const LOWER_WORDS = new RegExp(
  [
    String.raw`\berror`,
    String.raw`\berr\b`,
    String.raw`\bloss`,
    String.raw`\bperplexity\b`,
    String.raw`\blatency\b`,
    String.raw`\bdistance\b`,
    String.raw`\bdivergence\b`,
    String.raw`\bdeviation\b`,
    String.raw`\bmiss\s+rate\b`,
    String.raw`\bfalse\s+(?:positive|negative|alarm|acceptance|rejection)`,
    String.raw`\bbits?\s+per\b`,
    String.raw`\b(?:run|inference|training|wall\s?clock)?\s*time\b`,
    String.raw`\bruntime\b`,
    String.raw`\bflops\b`,
    String.raw`\bparam(?:eter)?s\b`,
    String.raw`\bmemory\b`,
    String.raw`\bchamfer\b`,
    String.raw`\bhausdorff\b`,
    String.raw`\bregret\b`,
    String.raw`\b(?:wer|cer|eer|fid|lpips|r?mse|mae|mape|nll|ppl|bpc|bpd|bpb|epe|fpr|fnr|frr)\b`,
  ].join('|'),
  'i',
);

/** Acronyms that are also ordinary words (`per`, `far`, `ate`): only in capitals. */
const LOWER_ACRONYMS = /\b(?:PER|TER|ATE|RPE|FAR|KID|MR)\b/;

/** True when a larger value of the metric named `name` is better (accuracy, BLEU), false when smaller is (WER, FID, perplexity). */
export function inferHigherIsBetter(name: string): boolean {
  const words = name.replace(/[_-]+/g, ' ');
  return !LOWER_WORDS.test(words) && !LOWER_ACRONYMS.test(words);
}
