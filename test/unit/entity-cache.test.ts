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

describe('lookups by name through the cache', () => {
  it('keeps a cached hit when the cache is cleared while the misses of the same batch are fetched', async () => {
    const { createLoaders } = await import('../../src/graphql/loaders.js');
    const cache = new EntityCache();
    const imagenet: EntityModel = { uid: 'Dataset:imagenet', type: 'Dataset', key: 'imagenet', name: 'ImageNet', aliases: [], paperCount: 3 };
    const task: EntityModel = { uid: 'Task:languagemodelling', type: 'Task', key: 'languagemodelling', name: 'language modelling', aliases: [], paperCount: 1 };
    const asked: string[][] = [];
    const repo = {
      // The round trip for the misses: meanwhile a new ingest clears the server's cache.
      entitiesByAlias: async (lookups: Array<{ name: string }>) => {
        asked.push(lookups.map((l) => l.name));
        cache.clear();
        return new Map(lookups.filter((l) => l.name.startsWith('Task')).map((l) => [l.name, task]));
      },
    } as never;
    const loaders = createLoaders(repo, true, cache);
    cache.set('Dataset\u0000ImageNet', imagenet); // the loader's key: type and name as asked

    const [dataset, found] = await Promise.all([
      loaders.entityByName.load({ type: 'Dataset', name: 'ImageNet' }),
      loaders.entityByName.load({ type: 'Task', name: 'language modelling' }),
    ]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(1); // only the miss went to the database
    expect(dataset?.uid).toBe('Dataset:imagenet');
    expect(found?.uid).toBe('Task:languagemodelling');
  });
});
