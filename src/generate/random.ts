/**
 * A small seeded generator (sfc32): the same seed gives the same corpus, byte for
 * byte, on every machine, which `Math.random` cannot promise.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    // Spread the seed's text over four words (cyrb128-style) so close seeds diverge.
    const text = String(seed);
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; i < text.length; i++) {
      const k = text.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    [this.a, this.b, this.c, this.d] = [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct items drawn by `draw`, giving up on repeats after a few tries. */
  distinct<T>(count: number, draw: () => T, exclude: readonly T[] = []): T[] {
    const out: T[] = [];
    for (let tries = 0; out.length < count && tries < count * 20; tries++) {
      const item = draw();
      if (!out.includes(item) && !exclude.includes(item)) out.push(item);
    }
    return out;
  }
}

/**
 * Draws items with Zipf-like popularity (weight 1/rank^s): the first few of a list
 * appear in many papers and so co-occur often, the tail rarely, as in real corpora.
 */
export class Zipf<T> {
  private readonly cumulative: number[] = [];

  constructor(
    private readonly items: readonly T[],
    exponent = 1.05,
  ) {
    let total = 0;
    for (let rank = 1; rank <= items.length; rank++) this.cumulative.push((total += 1 / rank ** exponent));
  }

  draw(random: Random): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}
