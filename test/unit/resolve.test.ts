import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalName, entityKey, institutionOfAffiliation } from '../../src/resolve/index.js';

describe('entityKey: one key for every spelling a user may type', () => {
  it.each([
    ['Dataset', 'CIFAR10', 'cifar10'],
    ['Dataset', 'cifar-10', 'cifar10'],
    ['Dataset', 'Cifar 10', 'cifar10'],
    ['Dataset', 'ImageNet1K', 'imagenet1k'],
    ['Dataset', 'MS-COCO', 'coco'],
    ['Dataset', 'Microsoft COCO', 'coco'],
    ['Dataset', 'ＣＩＦＡＲ－１０', 'cifar10'], // full-width input, NFKC
    ['Method', 'S$^2$-MLPv2', 's2mlpv2'],
    ['Method', 'CNNs', 'cnn'],
    ['Method', 'Span-BERT', 'spanbert'],
    ['Institution', 'Institute for Artificial Intelligence, Tsinghua University', 'tsinghuauniversity'],
    ['Institution', 'HKUST', 'hongkonguniversityofscienceandtechnology'],
  ] as const)('%s %s → %s', (type, name, key) => {
    expect(entityKey(type, name)).toBe(key);
  });

  it('is idempotent and ignores case, spaces and hyphens', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 -]{0,15}$/);
    fc.assert(
      fc.property(name, fc.constantFrom('Method', 'Dataset') as fc.Arbitrary<'Method' | 'Dataset'>, (n, type) => {
        const key = entityKey(type, n);
        expect(entityKey(type, key)).toBe(key);
        expect(entityKey(type, n.toUpperCase().replace(/-/g, ' '))).toBe(entityKey(type, n.toLowerCase()));
      }),
    );
  });
});

describe('canonicalName', () => {
  it.each([
    ['Dataset', 'CIFAR10', 'CIFAR-10'],
    ['Dataset', 'ImageNet1K', 'ImageNet-1K'],
    ['Dataset', 'Cityscapes dataset', 'Cityscapes'],
    ['Dataset', 'Stanford Question Answering Dataset', 'SQuAD'],
    ['Method', 'LSTMs', 'LSTM'],
    ['Method', 'RTMDet', 'RTMDet'],
    ['Institution', 'Department of Mathematics, Hong Kong University of Science and Technology', 'Hong Kong University of Science and Technology'],
  ] as const)('%s %s → %s', (type, name, canonical) => {
    expect(canonicalName(type, name)).toBe(canonical);
  });
});

describe('institutionOfAffiliation', () => {
  it.each([
    ['School of Computer Science, Carnegie Mellon University, Pittsburgh, PA 15213, USA', 'Carnegie Mellon University'],
    ['Zhongguancun Laboratory, Beijing, China', 'Zhongguancun Laboratory'],
    ['Google Research', 'Google Research'],
    ['Key Laboratory of Machine Perception, Peking University', 'Peking University'],
  ])('%s → %s', (line, name) => {
    expect(institutionOfAffiliation(line)?.name).toBe(name);
  });

  it.each(['Beijing, China', 'john.doe@example.org'])('%s is no institution', (line) => {
    expect(institutionOfAffiliation(line)).toBeNull();
  });
});
