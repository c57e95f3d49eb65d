// Language by script, not by guessing: a script that one language owns (Han
// without kana, kana, Hangul) or English function words on Latin text decide;
// any other script is reported as `und-<Script>` for a later, better tool.

const SCRIPTS: Array<[tag: string, pattern: RegExp]> = [
  ['Latn', /\p{Script=Latin}/gu],
  ['Hani', /\p{Script=Han}/gu],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Hang', /\p{Script=Hangul}/gu],
  ['Cyrl', /\p{Script=Cyrillic}/gu],
  ['Grek', /\p{Script=Greek}/gu],
  ['Arab', /\p{Script=Arabic}/gu],
  ['Hebr', /\p{Script=Hebrew}/gu],
  ['Deva', /\p{Script=Devanagari}/gu],
  ['Thai', /\p{Script=Thai}/gu],
];

// One CJK character carries about as much as a short Latin word, so it outweighs a letter.
const CJK_WEIGHT = 4;
const ENGLISH_WORDS = /\b(?:the|of|and|we|in|to|is|for|that|with|on|this|are)\b/gi;

export function detectLanguage(text: string): string {
  const counts = new Map<string, number>();
  for (const [tag, pattern] of SCRIPTS) {
    const found = text.match(pattern)?.length ?? 0;
    if (found > 0) counts.set(tag, found * (tag === 'Latn' ? 1 : CJK_WEIGHT));
  }
  if ((counts.get('Kana') ?? 0) > 0 && (counts.get('Hani') ?? 0) + (counts.get('Kana') ?? 0) >= (counts.get('Latn') ?? 0)) return 'ja';
  const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  switch (dominant) {
    case undefined:
      return 'und';
    case 'Hani':
      return 'zh';
    case 'Hang':
      return 'ko';
    case 'Latn': {
      const letters = counts.get('Latn') ?? 1;
      const english = text.match(ENGLISH_WORDS)?.length ?? 0;
      // About one function word per 40 letters in English prose; far fewer in French or German.
      return english * 40 >= letters * 0.5 ? 'en' : 'und-Latn';
    }
    default:
      return `und-${dominant}`;
  }
}
