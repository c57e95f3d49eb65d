import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';
import type { EntityType } from '../graph/vocabulary.js';
import { rankedPage, type PageArgs, type RankedPage } from './args.js';

/** A page of co-occurring entities that the query will ask of every node of a ranked list. */
export interface NestedPage extends RankedPage {
  type: EntityType;
}

/** At most this many nested lists are fetched ahead per list (a node asking for all three of its lists). */
const MAX_NESTED = 3;

/** Ranked co-occurrence lists are the entity fields that return `MethodConnection`, `DatasetConnection` or `InstitutionConnection`. */
const RANKED = /^(Method|Dataset|Institution)Connection$/;

/** The fields of a selection set that apply to `type`, the way graphql-js collects them (fragments, @skip, @include). */
function fields(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, type: GraphQLObjectType): FieldNode[] {
  const out: FieldNode[] = [];
  const included = (node: FieldNode | InlineFragmentNode | { directives?: FieldNode['directives'] }): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const applies = (fragment: InlineFragmentNode | FragmentDefinitionNode): boolean => {
    const on = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : type;
    return on === type || (!!on && isAbstractType(on) && info.schema.isSubType(on, type));
  };
  const visit = (selections: SelectionSetNode['selections']): void => {
    for (const selection of selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection)) visit(selection.selectionSet.selections);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment)) visit(fragment.selectionSet.selections);
      }
    }
  };
  visit(set?.selections ?? []);
  return out;
}

/** The object type a field of `parent` returns (lists and non-null unwrapped), if it is one. */
function objectTypeOf(parent: GraphQLObjectType, name: string): GraphQLObjectType | undefined {
  const field = parent.getFields()[name];
  const type = field ? getNamedType(field.type) : undefined;
  return type && isObjectType(type) ? type : undefined;
}

const memo = new WeakMap<readonly FieldNode[], NestedPage[]>();

/**
 * Look-ahead for a ranked list of `type` entities: the ranked lists the query asks of each of its
 * nodes (`relatedMethods { edges { node { datasets(first: 5) … } } }`), with their page arguments,
 * so one query can fetch both levels. Computed once per field of the query (every parent entity
 * shares it). A nested list with arguments that do not parse is left out: its own resolver
 * reports the error.
 */
export function nestedPages(info: GraphQLResolveInfo, type: EntityType): NestedPage[] {
  const known = memo.get(info.fieldNodes);
  if (known) return known;
  const connection = getNamedType(info.returnType);
  const node = info.schema.getType(type);
  const found = new Map<string, NestedPage>();
  if (isObjectType(connection) && isObjectType(node)) {
    const edge = objectTypeOf(connection, 'edges');
    for (const list of info.fieldNodes) {
      for (const edges of fields(list.selectionSet, info, connection).filter((f) => f.name.value === 'edges' && edge)) {
        for (const item of fields(edges.selectionSet, info, edge!).filter((f) => f.name.value === 'node')) {
          for (const field of fields(item.selectionSet, info, node)) {
            const ranked = RANKED.exec(objectTypeOf(node, field.name.value)?.name ?? '');
            const definition = node.getFields()[field.name.value];
            if (!ranked || !definition) continue;
            try {
              const page = { type: ranked[1] as EntityType, ...rankedPage(getArgumentValues(definition, field, info.variableValues) as PageArgs) };
              found.set(`${page.type}|${page.offset}|${page.limit}|${page.fromEnd}`, page);
            } catch {
              // Invalid arguments: the nested resolver runs on its own and reports them.
            }
          }
        }
      }
    }
  }
  const pages = [...found.values()].slice(0, MAX_NESTED);
  memo.set(info.fieldNodes, pages);
  return pages;
}
