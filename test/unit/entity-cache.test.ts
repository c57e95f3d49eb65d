import { describe, expect, it } from 'vitest';
import { EntityCache } from '../../src/graphql/entity-cache.js';
import type { EntityModel } from '../../src/graphql/models.js';

const entity = (name: string): EntityModel => ({ uid: `Method:${name}`, type: 'Method', key: name, name, aliases: [], paperCount: 1 });

describe('EntityCache', () => {
  it('returns entries until they expire', () => {
    const cache = new EntityCache(1000);
    cache.set('a', entity('a'), 0);
    expect(cache.get('a', 999)?.name).toBe('a');
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.get('a', 0)).toBeUndefined();
  });

  it('drops the oldest entry when full, and clears', () => {
    const cache = new EntityCache(10_000, 2);
    cache.set('a', entity('a'), 0);
    cache.set('b', entity('b'), 0);
    cache.set('c', entity('c'), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('c', 1)?.name).toBe('c');
    cache.clear();
    expect(cache.get('b', 1)).toBeUndefined();
  });
});
