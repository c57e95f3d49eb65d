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

describe('the name cache is one per server, cleared when the ingest watermark moves', () => {
  it('createContext shares the cache it is given, so one request finds what another cached', async () => {
    const { createContext } = await import('../../src/graphql/context.js');
    const cache = new EntityCache();
    const db = {} as never;
    const a = createContext(db, 'a', { enabled: false, authorized: false }, { entityCache: cache });
    const b = createContext(db, 'b', { enabled: false, authorized: false }, { entityCache: cache });
    expect(a.entityCache).toBe(b.entityCache);
    a.entityCache.set('Method\u0000resnet', entity('resnet'));
    expect(b.entityCache.get('Method\u0000resnet')?.name).toBe('resnet');
  });

  it('the watermark feed clears it on a move, not on a poll that finds the same mark', async () => {
    const { WatermarkFeed } = await import('../../src/server/link-feed.js');
    const { createLogger } = await import('../../src/server/logger.js');
    let mark = 3;
    const links: unknown[] = [];
    const db = {
      read: async (name: string) => (name === 'api-watermark' ? [{ seq: mark }] : links),
    } as never;
    const feed = new WatermarkFeed(db, createLogger('silent'), 0);
    const cache = new EntityCache();
    feed.onMoved(() => cache.clear());
    await feed.poll(); // the first read sets the mark
    cache.set('k', entity('k'));
    await feed.poll();
    expect(cache.get('k')?.name).toBe('k');
    mark = 4;
    await feed.poll();
    expect(cache.get('k')).toBeUndefined();
  });
});
