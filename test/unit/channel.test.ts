import { describe, expect, it } from 'vitest';
import { Channel } from '../../src/load/channel.js';

describe('Channel', () => {
  it('hands items over in order and keeps the producer at most `capacity` ahead', async () => {
    const channel = new Channel<number>(2);
    let pushed = 0;
    const producer = (async () => {
      for (let i = 0; i < 10; i++) {
        await channel.push(i);
        pushed = i + 1;
      }
      channel.close();
    })();
    await new Promise((r) => setTimeout(r, 10));
    expect(pushed).toBe(2);
    const got: number[] = [];
    for await (const item of channel) got.push(item);
    await producer;
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('passes the producer’s error to the consumer', async () => {
    const channel = new Channel<number>(1);
    await channel.push(1);
    channel.close(new Error('extraction failed'));
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const item of channel) got.push(item);
      })(),
    ).rejects.toThrow('extraction failed');
    expect(got).toEqual([1]);
  });

  it('stops a waiting producer when the consumer gives up', async () => {
    const channel = new Channel<number>(1);
    await channel.push(1);
    const blocked = channel.push(2);
    channel.cancel();
    await expect(blocked).rejects.toThrow(/cancelled/);
    await expect(channel.push(3)).rejects.toThrow(/cancelled/);
  });
});
