/**
 * Numbers in a sentence that can be scores: `52.8%`, `28.4`, `+0.2`, `14x`,
 * `5fps`, `300+`. Numbers inside names (`ResNet-50`, `CIFAR-10`, `top-5`,
 * `VOC2007`), years, and counts of things (`300 proposals`, `8 GPUs`) are not
 * scores; targets and thresholds (`to reach an accuracy of 70%`) and shares of
 * something (`99% of the total volume`) are read by the caller's context rules.
 */

import { allMatches } from './patterns.js';

export interface Value {
  /** As written, spaces removed (`52.8%`, `+0.2`, `14x`). */
  text: string;
  score: number;
  unit?: string;
  /** Written with a sign (`+0.2`, `−1.3`): a change, not a level. */
  signed: boolean;
  start: number;
  end: number;
  /** Each figure of a slash run but its last (`1.8/3.3 WER`, `44.17/21.47/41.11`): where the run ends, so the measure after it is this one's too. */
  pairEnd?: number;
}

// Compiled once. The look-behind keeps digits that continue a name or another number out.
const NUMBER = /(?<![\p{L}\p{N}_\-/.@#$])([+\-−±]\s?)?(\d{1,3}(?:,\d{3})+|\d{1,3},\d{1,2}(?=\s?%)|\d+(?:\.\d+)?)(\s?%|\s(?:percent|per cent)\b|\s?(?:×|x|X)(?![\p{L}\p{N}])|\s?(?:fps|FPS)\b|\s?ms\b|\s?(?:points?|pp)\b|\+)?(?![\p{L}\p{N}]|[-/.]\d|-[\p{L}])/gu;
const YEAR = /^(?:19|20)\d\d$/;
const MACHINE_BEFORE = /\b(?:RTX|GTX|Titan|Tesla|Quadro|Jetson|Radeon|Xeon|Ryzen|Core i\d|M\d)\s?$/;
/** `1.8/3.3 WER`, `2.1%/4.3%`, `44.17/21.47/41.11`: figures in one, for several test sets, settings or measures (decimals, so not a date or a fraction). */
const PAIR = /(?<![\p{L}\p{N}_\-/.@#$])\d{1,3}\.\d{1,3}(?:\s?%)?(?:\s?\/\s?\d{1,3}\.\d{1,3}(?:\s?%)?)+(?![\p{L}\p{N}]|[-/.]\d)/gu;
/** A count or a physical quantity, not a score: `300 proposals`, `8 GPUs`, `3.5 days`, `4.08 MB`, `16 kHz`. */
const COUNT_AFTER =
  /^\s*(?:[-\w]+\s+)?(?:layers?|images?|samples?|examples?|GPUs?|CPUs?|TPUs?|hours?|days?|weeks?|minutes?|epochs?|iterations?|steps?|parameters|params|classes|categories|languages|datasets|tasks?|words|tokens|sentences|questions|queries|frames|users|people|persons|proposals?|videos?|clips?|documents?|articles?|pairs|subjects|annotations?|labels|shots?|views|nodes|edges|million|billion|thousand|[MBK]\b|[KMGT]i?[Bb]\b|kb\b|bytes?\b|bits?\b|[kMG]?Hz\b|sec\b|seconds?\b|[mk]?W\b|[kmcn]?m\b|kg\b|°|[kMGT]?eV\b|times\s+(?:longer|larger|more|fewer|smaller|bigger|as)|x\s+\d|of\s+(?:the|all|its|their|our|these|those|total|training|labeled|labelled|data|parameters))/i;

export function findValues(sentence: string): Value[] {
  const out: Value[] = [];
  if (!/\d/.test(sentence)) return out;
  for (const m of allMatches(NUMBER, sentence)) {
    // `97,5%`: a comma before one or two digits and a percent sign is a decimal comma; otherwise it groups thousands.
    const digits = /^\d{1,3},\d{1,2}$/.test(m[2] ?? '') ? (m[2] ?? '').replace(',', '.') : (m[2] ?? '').replace(/,/g, '');
    const unitRaw = /^\s(?:percent|per cent)$/.test(m[3] ?? '') ? '%' : (m[3] ?? '').trim();
    const sign = (m[1] ?? '').trim();
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!unitRaw && YEAR.test(digits)) continue;
    // `on an RTX 3090`, `GTX 1080 Ti`: a machine's model number.
    if (!unitRaw && MACHINE_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) continue;
    if (!/%/.test(unitRaw) && COUNT_AFTER.test(sentence.slice(end))) continue;
    if (/%/.test(unitRaw) && /^\s*of\s+(?:the|all|its|their|our|these|those|total|training|labeled|labelled|data|parameters)\b/i.test(sentence.slice(end))) continue;
    const unit = /%/.test(unitRaw) ? '%' : /^[×xX]$/.test(unitRaw) ? '×' : /fps/i.test(unitRaw) ? 'fps' : unitRaw === 'ms' ? 'ms' : undefined;
    const score = Number.parseFloat(digits) * (sign === '-' || sign === '−' ? -1 : 1);
    if (!Number.isFinite(score)) continue;
    out.push({
      text: `${sign}${m[2] ?? ''}${unitRaw === '+' ? '+' : ''}${unit === '%' ? '%' : unit === '×' ? '×' : unit === 'fps' ? 'fps' : unit === 'ms' ? 'ms' : ''}`,
      score,
      ...(unit ? { unit } : {}),
      signed: sign !== '',
      start,
      end,
    });
  }
  if (sentence.includes('/')) {
    for (const m of allMatches(PAIR, sentence)) {
      const start = m.index ?? 0;
      const pairEnd = start + m[0].length;
      const pct = m[0].includes('%');
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start >= start && out[i]!.start < pairEnd) out.splice(i, 1);
      // Every figure but the last carries the run's end: `44.17/21.47/41.11` is three figures in one.
      const items = [...m[0].matchAll(/(\d{1,3}\.\d{1,3})(\s?%)?/g)];
      items.forEach((item, i) => {
        const at = start + (item.index ?? 0);
        const digits = item[1] ?? '';
        out.push({ text: `${digits}${pct ? '%' : ''}`, score: Number.parseFloat(digits), ...(pct ? { unit: '%' } : {}), signed: false, start: at, end: at + item[0].length, ...(i < items.length - 1 ? { pairEnd } : {}) });
      });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}
