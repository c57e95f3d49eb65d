/**
 * The graph's vocabulary, named once: entity types, roles, ids. Extraction output, the loader,
 * Cypher parameters, the GraphQL enums and the explorer legend all read these spellings.
 * Neo4j labels and relationship types use the model spelling below; GraphQL enums use the API
 * spelling; the mapping between them lives here and nowhere else.
 */

/** Entity types, spelled as Neo4j labels (and in entity uids). */
export const ENTITY_TYPES = ['Method', 'Dataset', 'Institution', 'Task', 'Metric'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The GraphQL `EntityType` enum spelling of each type. */
export const API_ENTITY_TYPES = ['METHOD', 'DATASET', 'INSTITUTION', 'TASK', 'METRIC'] as const;
export type ApiEntityType = (typeof API_ENTITY_TYPES)[number];

export const API_TYPE = Object.fromEntries(ENTITY_TYPES.map((t, i) => [t, API_ENTITY_TYPES[i]])) as Record<EntityType, ApiEntityType>;
export const MODEL_TYPE = Object.fromEntries(API_ENTITY_TYPES.map((t, i) => [t, ENTITY_TYPES[i]])) as Record<ApiEntityType, EntityType>;

export const isEntityType = (value: string): value is EntityType => (ENTITY_TYPES as readonly string[]).includes(value);

/**
 * What a paper does with an entity. One spelling everywhere: the extractor's role, the
 * relationship type in Neo4j and the GraphQL `Role` enum value are the same word.
 */
export const ROLES = [
  'PROPOSES',
  'USES',
  'EVALUATES_ON',
  'COMPARES',
  'MENTIONS',
  'AFFILIATED_WITH',
  'ADDRESSES',
  'MEASURED_BY',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** What each role means (the GraphQL enum's descriptions say the same). */
export const ROLE_MEANING: Record<Role, string> = {
  PROPOSES: "the paper's own contribution: the paper is the subject of the proposal or naming",
  USES: 'a method or data the paper works with (builds on, applies, trains on)',
  EVALUATES_ON: 'a dataset or benchmark the paper reports results on',
  COMPARES: 'a baseline the paper compares against or outperforms',
  MENTIONS: 'background: named but not proposed, used or evaluated on',
  AFFILIATED_WITH: "the paper's authors are affiliated with it (institutions)",
  ADDRESSES: 'the problem the paper works on (tasks)',
  MEASURED_BY: 'a measure the paper states results in (metrics)',
};

/** The roles a paper can give an entity of each type. */
export const ROLES_OF_TYPE: Record<EntityType, readonly Role[]> = {
  Method: ['PROPOSES', 'USES', 'COMPARES', 'MENTIONS'],
  Dataset: ['PROPOSES', 'EVALUATES_ON', 'USES', 'COMPARES', 'MENTIONS'],
  Institution: ['AFFILIATED_WITH', 'MENTIONS'],
  Task: ['ADDRESSES', 'MENTIONS'],
  Metric: ['MEASURED_BY', 'MENTIONS'],
};

/**
 * When one paper gives an entity several roles, the strongest is kept: a proposal is not
 * undone by a later "we evaluate X" or "we compare with X".
 */
export const ROLE_STRENGTH: readonly Role[] = [
  'PROPOSES',
  'EVALUATES_ON',
  'ADDRESSES',
  'MEASURED_BY',
  'AFFILIATED_WITH',
  'USES',
  'COMPARES',
  'MENTIONS',
];

/**
 * Where a link comes from: a sentence of the abstract, the title, or an affiliation header line
 * of the dump (outside the abstract). GraphQL spells them in capitals (`LinkSource`).
 */
export const LINK_SOURCES = ['text', 'title', 'header'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

/** Cypher relationship-type alternation of every paper→entity role (`PROPOSES|USES|…`). */
export const ROLE_PATTERN = ROLES.join('|');

/** Graph-wide entity id: entity keys are unique per type, uids across types (`Dataset:cifar10`). */
export const entityUid = (type: EntityType, key: string): string => `${type}:${key}`;

/** The entity type an entity uid (`<Type>:<key>`) starts with. */
export const typeOfUid = (uid: string): string => uid.slice(0, uid.indexOf(':'));

/** The key part of an entity uid. */
export const keyOfUid = (uid: string): string => uid.slice(uid.indexOf(':') + 1);
