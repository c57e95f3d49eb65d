import type { NodeResolvers } from '../generated.js';
import type { EntityModel } from '../models.js';

export const Node: NodeResolvers = {
  // Entities carry their type; papers have no `uid`.
  __resolveType: (node) => (typeof (node as EntityModel).uid === 'string' ? (node as EntityModel).type : 'Paper'),
};
