import type { EntityModel } from './models.js';

/**
 * Entities found by name, kept for a few seconds per server so that the root lookup of a query
 * (`dataset(name: …)`) usually needs no round trip of its own. Only hits are kept, so a new
 * entity is found at once; the ingest mutation clears it. Oldest entries go first when full.
 */
export class EntityCache {
  private readonly entries = new Map<string, { entity: EntityModel; expires: number }>();

  constructor(
    private readonly ttlMs = 10_000,
    private readonly capacity = 10_000,
  ) {}

  get(key: string, now = Date.now()): EntityModel | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires > now) return entry.entity;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, entity: EntityModel, now = Date.now()): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { entity, expires: now + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}
