import { readFileSync } from 'node:fs';
import { buildSchema, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/graph/vocabulary.js';
import { NODE_TYPES, entityGlobalId, fromGlobalId, nodeKey, paperGlobalId, toGlobalId } from '../../src/graphql/global-id.js';

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));

describe('global ids', () => {
  it('are made for Paper and every entity type, which are exactly the Node types of the schema', () => {
    expect(NODE_TYPES).toEqual(['Paper', ...ENTITY_TYPES]);
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    const implementing = schema.getImplementations(node as never).objects.map((type) => type.name);
    expect(implementing.sort()).toEqual([...NODE_TYPES].sort());
    for (const type of NODE_TYPES) expect(isObjectType(schema.getType(type))).toBe(true);
  });

  it.each([
    ['Paper', '2204.10245'],
    ['Paper', 'hep-th/9901001'],
    ['Paper', 'sha256:0123456789abcdef'],
    ['Paper', 'test:alias-paper'],
    ['Method', 'resnet50'],
    ['Dataset', 'cifar10'],
    ['Institution', 'universityofoxford'],
    ['Task', 'imageclassification'],
    ['Metric', 'top1accuracy'],
    ['Dataset', 'zürich-数据'],
  ] as const)('round-trips %s %s', (type, id) => {
    const global = toGlobalId(type, id);
    expect(global).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(global).not.toContain(id);
    expect(fromGlobalId(global)).toEqual({ type, id });
    expect(nodeKey({ type, id })).toBe(`${type}:${id}`);
  });

  it('gives an entity the id of its uid and a paper the id of its paper id', () => {
    expect(entityGlobalId('Dataset:cifar10')).toBe(toGlobalId('Dataset', 'cifar10'));
    expect(fromGlobalId(entityGlobalId('Metric:bleu'))).toEqual({ type: 'Metric', id: 'bleu' });
    expect(fromGlobalId(paperGlobalId('2204.10245'))).toEqual({ type: 'Paper', id: '2204.10245' });
  });

  const b64 = (text: string) => Buffer.from(text).toString('base64url');
  it.each([
    ['empty', ''],
    ['a readable uid', 'Dataset:cifar10'],
    ['an arXiv id', '2204.10245'],
    ['standard base64 padding', `${b64('Dataset:cifar10x')}==`],
    ['characters outside base64url', `${b64('Dataset:cifar10')}!`],
    ['base64 with + and /', Buffer.from('Method:\xfb\xff').toString('base64')],
    ['no colon', b64('Datasetcifar10')],
    ['an unknown type', b64('User:42')],
    ['the enum spelling', b64('DATASET:cifar10')],
    ['an empty id', b64('Paper:')],
    ['a blank id', b64('Paper:   ')],
    ['a control character', b64('Paper:a\u0000b')],
    ['bytes that are not UTF-8', Buffer.from([0x50, 0x61, 0x70, 0x65, 0x72, 0x3a, 0xff, 0xfe]).toString('base64url')],
    ['a non-canonical encoding', `${b64('Method:abc').slice(0, -1)}x`],
    ['far too long', b64(`Paper:${'x'.repeat(2000)}`)],
  ])('rejects %s', (_, text) => {
    expect(fromGlobalId(text)).toBeNull();
  });
});
