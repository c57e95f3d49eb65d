/**
 * A map from 64-bit hashes (16 hex digits) to paper ordinals in three typed arrays:
 * about 24 bytes a paper, where a `Map` with string keys takes about 70. Text hashes
 * are the one key every paper has, so this is most of what dedupe holds.
 */
export class HashOrdinals {
  private high = new Uint32Array(1024);
  private low = new Uint32Array(1024);
  /** Ordinal + 1; 0 marks an empty slot. */
  private slots = new Uint32Array(1024);
  private size = 0;

  get(hex: string): number | undefined {
    const [high, low] = split(hex);
    const slot = this.find(high, low);
    return this.slots[slot] === 0 ? undefined : this.slots[slot]! - 1;
  }

  /** Sets the ordinal unless the hash is already known. */
  add(hex: string, ordinal: number): void {
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    const [high, low] = split(hex);
    const slot = this.find(high, low);
    if (this.slots[slot] !== 0) return;
    this.high[slot] = high;
    this.low[slot] = low;
    this.slots[slot] = ordinal + 1;
    this.size++;
  }

  /** The slot holding this hash, or the empty slot where it would go (linear probing). */
  private find(high: number, low: number): number {
    const mask = this.slots.length - 1;
    let slot = low & mask;
    while (this.slots[slot] !== 0 && (this.high[slot] !== high || this.low[slot] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const [high, low, slots] = [this.high, this.low, this.slots];
    this.high = new Uint32Array(slots.length * 2);
    this.low = new Uint32Array(slots.length * 2);
    this.slots = new Uint32Array(slots.length * 2);
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === 0) continue;
      const slot = this.find(high[old]!, low[old]!);
      this.high[slot] = high[old]!;
      this.low[slot] = low[old]!;
      this.slots[slot] = slots[old]!;
    }
  }
}

function split(hex: string): [number, number] {
  return [Number.parseInt(hex.slice(0, 8), 16) >>> 0, Number.parseInt(hex.slice(8, 16), 16) >>> 0];
}
