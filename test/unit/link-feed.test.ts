import { describe, expect, it } from 'vitest';

describe('the watermark feed and its listeners', () => {
  const event = (paperId: string) => ({ paperId, uid: 'Dataset:coco', role: 'EVALUATES_ON', evidence: '…' });
  const setup = async () => {
    const { WatermarkFeed } = await import('../../src/server/link-feed.js');
    const { createLogger } = await import('../../src/server/logger.js');
    const state = { mark: 1, links: [] as Array<ReturnType<typeof event> & { seq: number }>, down: false };
    const db = {
      read: async (name: string, params?: { after: number; upto: number }) => {
        if (state.down) throw new Error('ServiceUnavailable');
        if (name === 'api-watermark') return [{ seq: state.mark }];
        return state.links.filter((l) => l.seq > params!.after && l.seq <= params!.upto);
      },
    } as never;
    const feed = new WatermarkFeed(db, createLogger('silent'), 0);
    const commit = (paperId: string) => state.links.push({ ...event(paperId), seq: ++state.mark });
    return { feed, state, commit };
  };
  /** Starts listening and reads what arrives over `settle` ms. */
  const listen = (feed: { listen(signal: AbortSignal): AsyncIterable<{ paperId: string }> }) => {
    const abort = new AbortController();
    const got: string[] = [];
    const iterator = feed.listen(abort.signal)[Symbol.asyncIterator]();
    const pump = (async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        got.push(next.value.paperId);
      }
    })();
    return { got, stop: async () => (abort.abort(), await pump) };
  };
  const tick = () => new Promise((r) => setTimeout(r, 20));

  it('does not replay to a new listener a link committed before it joined, though not yet polled', async () => {
    const { feed, commit } = await setup();
    await feed.poll(); // the first read sets the mark
    const early = listen(feed);
    await tick();
    commit('before');
    const late = listen(feed);
    await tick();
    commit('after');
    await feed.poll();
    await tick();
    expect(early.got).toEqual(['before', 'after']);
    expect(late.got).toEqual(['after']);
    await early.stop();
    await late.stop();
  });

  it('with the database down at join time, falls back to the last mark it polled', async () => {
    const { feed, state, commit } = await setup();
    await feed.poll();
    state.down = true;
    const sub = listen(feed);
    await tick();
    state.down = false;
    commit('after');
    await feed.poll();
    await tick();
    expect(sub.got).toEqual(['after']);
    await sub.stop();
  });

  it('after the watermark went back (a new database), delivers its links to those already listening', async () => {
    const { feed, state, commit } = await setup();
    state.mark = 10;
    await feed.poll();
    const sub = listen(feed);
    await tick();
    state.mark = 0; // wiped
    await feed.poll();
    commit('fresh');
    await feed.poll();
    await tick();
    expect(sub.got).toEqual(['fresh']);
    await sub.stop();
  });
});
