import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import {
  API_ENTITY_TYPES,
  API_TYPE,
  ENTITY_TYPES,
  MODEL_TYPE,
  ROLES,
  ROLES_OF_TYPE,
  ROLE_STRENGTH,
  entityUid,
  keyOfUid,
  typeOfUid,
} from '../../src/graph/vocabulary.js';

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('the graph vocabulary', () => {
  it('round-trips every entity type between its model (label) and API (enum) spelling', () => {
    for (const type of ENTITY_TYPES) expect(MODEL_TYPE[API_TYPE[type]]).toBe(type);
    for (const api of API_ENTITY_TYPES) expect(API_TYPE[MODEL_TYPE[api]]).toBe(api);
  });

  it('is what the GraphQL enums say, value for value', () => {
    expect(enumValues('EntityType').sort()).toEqual([...API_ENTITY_TYPES].sort());
    expect(enumValues('Role').sort()).toEqual([...ROLES].sort());
  });

  it('gives every entity type an object type of the same name in the schema', () => {
    for (const type of ENTITY_TYPES) expect(schema.getType(type)?.toString()).toBe(type);
  });

  it('ranks every role, and only allows roles it knows', () => {
    expect([...ROLE_STRENGTH].sort()).toEqual([...ROLES].sort());
    for (const roles of Object.values(ROLES_OF_TYPE)) for (const role of roles) expect(ROLES).toContain(role);
  });

  it('builds and splits entity uids', () => {
    const uid = entityUid('Dataset', 'cifar10');
    expect(uid).toBe('Dataset:cifar10');
    expect(typeOfUid(uid)).toBe('Dataset');
    expect(keyOfUid(uid)).toBe('cifar10');
  });

  it('writes the roles and labels into Cypher from the one list', () => {
    expect(cypher('api-links-by-paper')).toContain(`[r:${ROLES.join('|')}]`);
    expect(cypher('schema')).toContain(`(n:${ENTITY_TYPES.join('|')})`);
    expect(cypher('schema')).not.toContain('{{');
  });
});
