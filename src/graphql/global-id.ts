import { ENTITY_TYPES, entityUid, isEntityType } from '../graph/vocabulary.js';

/**
 * Relay global object ids: base64url of `<Typename>:<readable id>`, made and read here only.
 * The readable id is the paper id for papers and the entity key for entities, so an entity's
 * global id is the base64url of its uid (`Dataset:cifar10`). Clients treat them as opaque; the
 * readable forms stay available as `Paper.paperId` and `Entity.uid`.
 */

/** Every GraphQL type that implements `Node`. */
export const NODE_TYPES = ['Paper', ...ENTITY_TYPES] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** A decoded global id. */
export interface NodeRef {
  type: NodeType;
  /** The readable id: a paper id, or an entity key. */
  id: string;
}

/** Longer than any id this API makes (paper ids are short; entity keys are names). */
const MAX_LENGTH = 1024;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const isNodeType = (value: string): value is NodeType => value === 'Paper' || isEntityType(value);

export const toGlobalId = (type: NodeType, id: string): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

export const paperGlobalId = (paperId: string): string => toGlobalId('Paper', paperId);

/** An entity's global id from its uid, which is already `<Type>:<key>`. */
export const entityGlobalId = (uid: string): string => Buffer.from(uid, 'utf8').toString('base64url');

/**
 * The type and readable id of a global id, or null when it is not one this API makes. Node's
 * base64url decoder skips characters it does not know, so the text must be exactly the
 * encoding of what it decodes to (which also rejects bytes that are not UTF-8).
 */
export function fromGlobalId(globalId: string): NodeRef | null {
  if (globalId.length > MAX_LENGTH || !BASE64URL.test(globalId)) return null;
  const text = Buffer.from(globalId, 'base64url').toString('utf8');
  if (Buffer.from(text, 'utf8').toString('base64url') !== globalId) return null;
  const colon = text.indexOf(':');
  const type = text.slice(0, colon);
  const id = text.slice(colon + 1);
  // Control characters never appear in a paper id or an entity key.
  if (colon < 1 || !isNodeType(type) || id.trim() === '' || /\p{Cc}/u.test(id)) return null;
  return { type, id };
}

/** The `<Typename>:<readable id>` text a loader batches by: for an entity, its uid. */
export const nodeKey = (ref: NodeRef): string => (ref.type === 'Paper' ? `Paper:${ref.id}` : entityUid(ref.type, ref.id));
