import { describe, expect, it } from 'vitest';
import { cooccurrenceDirections, pairDeltas, trackedPair } from '../../src/graph/cooccurrence.js';

const TYPES = ['Institution', 'Method', 'Dataset'] as const;

describe('co-occurrence pairs', () => {
  it.each([
    ['Method:b', 'Institution:a', ['Institution:a', 'Method:b']],
    ['Dataset:x', 'Institution:a', ['Institution:a', 'Dataset:x']],
    ['Dataset:x', 'Method:b', ['Method:b', 'Dataset:x']],
    ['Method:z', 'Method:b', ['Method:b', 'Method:z']],
  ])('stores %s with %s one way: %j', (a, b, pair) => {
    expect(trackedPair(a, b)).toEqual(pair);
    expect(trackedPair(b, a)).toEqual(pair);
  });

  it.each([
    ['Dataset:x', 'Dataset:y'],
    ['Institution:a', 'Institution:b'],
    ['Method:b', 'Method:b'],
  ])('does not count %s with %s', (a, b) => {
    expect(trackedPair(a, b)).toBeNull();
  });

  it('turns entity-set changes into net deltas, dropping pairs that cancel out', () => {
    const deltas = pairDeltas([
      { before: [], after: ['Method:m', 'Dataset:d', 'Institution:i'] },
      { before: ['Method:m', 'Dataset:d'], after: ['Method:m', 'Dataset:e'] },
    ]);
    expect(deltas).toEqual([
      { from: 'Institution:i', to: 'Dataset:d', n: 1 },
      { from: 'Institution:i', to: 'Method:m', n: 1 },
      { from: 'Method:m', to: 'Dataset:e', n: 1 },
    ]);
  });

  it('reads back every stored pair from either end, and only the directions that can hold it', () => {
    for (const a of TYPES) {
      for (const b of TYPES) {
        const pair = trackedPair(`${a}:1`, `${b}:2`);
        if (!pair) continue;
        // From a's side looking for b's type: the stored direction must be one the reader follows.
        const fromA = cooccurrenceDirections(a, b);
        expect(pair[0] === `${a}:1` ? fromA.out : fromA.in).toBe(true);
        const fromB = cooccurrenceDirections(b, a);
        expect(pair[0] === `${b}:2` ? fromB.out : fromB.in).toBe(true);
      }
    }
    expect(cooccurrenceDirections('Dataset', 'Method')).toEqual({ out: false, in: true });
    expect(cooccurrenceDirections('Institution', 'Dataset')).toEqual({ out: true, in: false });
    expect(cooccurrenceDirections('Method', 'Method')).toEqual({ out: true, in: true });
  });
});
