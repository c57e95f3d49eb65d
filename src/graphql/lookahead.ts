import { Kind, getArgumentValues, isObjectType, type GraphQLResolveInfo, type SelectionNode, type SelectionSetNode, type FieldNode } from 'graphql';
import type { EntityType } from '../extract/types.js';
import { pageSize, readOffsetCursor } from './args.js';

/** The ranked co-occurrence fields of each entity type (schema/schema.graphql), and the type each lists. */
export const RANKED_FIELDS: Record<EntityType, Record<string, EntityType>> = {
  Method: { datasets: 'Dataset', relatedMethods: 'Method', institutions: 'Institution' },
  Dataset: { methods: 'Method', institutions: 'Institution' },
  Institution: { methods: 'Method', datasets: 'Dataset' },
};

/** A page of co-occurring entities that the query will ask of every node of a ranked list. */
export interface NestedPage {
  type: EntityType;
  offset: number;
  limit: number;
}

/** At most this many nested lists are fetched ahead per list (a node asking for all three of its lists). */
const MAX_NESTED = 3;

/** The fields of a selection set, through fragments and inline fragments that can apply to `typeName`. */
function fields(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, typeName: string): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (selection: SelectionNode): void => {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition?.name.value;
      if (!on || on === typeName || on === 'Entity') selection.selectionSet.selections.forEach(visit);
    } else {
      const fragment = info.fragments[selection.name.value];
      const on = fragment?.typeCondition.name.value;
      if (fragment && (on === typeName || on === 'Entity' || !isObjectType(info.schema.getType(on ?? '')))) fragment.selectionSet.selections.forEach(visit);
    }
  };
  set?.selections.forEach(visit);
  return out;
}

/**
 * Look-ahead for a ranked list of `type` entities: the ranked lists the query asks of each of its
 * nodes (`relatedMethods { edges { node { datasets(first: 5) … } } }`), with their page arguments,
 * so one query can fetch both levels. A nested list with arguments that do not parse is left out:
 * its own resolver reports the error.
 */
export function nestedPages(info: GraphQLResolveInfo, type: EntityType): NestedPage[] {
  const objectType = info.schema.getType(type);
  if (!isObjectType(objectType)) return [];
  const connectionType = info.returnType.toString().replace(/!$/, '');
  const found = new Map<string, NestedPage>();
  for (const list of info.fieldNodes) {
    for (const edges of fields(list.selectionSet, info, connectionType).filter((f) => f.name.value === 'edges')) {
      for (const node of fields(edges.selectionSet, info, `${type}Edge`).filter((f) => f.name.value === 'node')) {
        for (const field of fields(node.selectionSet, info, type)) {
          const nestedType = RANKED_FIELDS[type][field.name.value];
          const definition = objectType.getFields()[field.name.value];
          if (!nestedType || !definition) continue;
          try {
            const args = getArgumentValues(definition, field, info.variableValues) as { first?: number | null; after?: string | null };
            const page = { type: nestedType, offset: readOffsetCursor(args.after), limit: pageSize(args.first) };
            found.set(`${page.type}|${page.offset}|${page.limit}`, page);
          } catch {
            // Invalid arguments: the nested resolver runs on its own and reports them.
          }
        }
      }
    }
  }
  return [...found.values()].slice(0, MAX_NESTED);
}
