import { GraphQLError, Kind, type ValidationRule } from 'graphql';

/** Most tokens a document may have: graphql-js stops parsing past it (400 GRAPHQL_PARSE_FAILED). */
export const MAX_TOKENS = 2000;
/** Most fields a document may select, `__typename` included (graphql-cop's field duplication). */
export const MAX_FIELDS = 300;

/** Counts every field selection of the document, `__typename` too. */
export function maxFields(n = MAX_FIELDS): ValidationRule {
  return (context) => {
    let fields = 0;
    return {
      [Kind.FIELD]: () => {
        fields += 1;
        if (fields === n + 1) {
          context.reportError(new GraphQLError(`Field limit of ${n} exceeded, found ${n + 1}.`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        }
      },
    };
  };
}
