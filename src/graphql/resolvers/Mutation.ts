import { GraphQLError } from 'graphql';
import { recordFromFields, type PaperRecord } from '../../ingest/index.js';
import { extractPaper } from '../../extract/index.js';
import { loadPapers } from '../../load/pipeline.js';
import type { MutationResolvers } from '../generated.js';

export const MAX_INGEST = 100;
export const MAX_ABSTRACT = 20_000;

export const Mutation: MutationResolvers = {
  ingest: async (_, { abstracts }, ctx) => {
    if (!ctx.ingest.enabled) {
      throw new GraphQLError('Ingestion over the API is disabled: the server has no PAPERGRAPH_API_KEY.', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    if (!ctx.ingest.authorized) {
      throw new GraphQLError('ingest needs the header Authorization: Bearer <PAPERGRAPH_API_KEY>.', {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    if (abstracts.length < 1 || abstracts.length > MAX_INGEST) {
      throw new GraphQLError(`ingest takes 1 to ${MAX_INGEST} abstracts a call`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    const rejected: Array<{ index: number; reason: string }> = [];
    const records: PaperRecord[] = [];
    const ids: string[] = [];
    abstracts.forEach((input, index) => {
      const record =
        input.abstract.length > MAX_ABSTRACT ? undefined : recordFromFields(input, { file: `graphql:${ctx.requestId}`, line: index + 1 });
      if (record) {
        records.push(record);
        ids.push(record.id);
      } else {
        rejected.push({
          index,
          reason:
            input.abstract.length > MAX_ABSTRACT ? `abstract longer than ${MAX_ABSTRACT} characters` : 'abstract has no readable text',
        });
      }
    });
    const summary = await loadPapers(
      ctx.ingest.db,
      (async function* () {
        for (const record of records) yield extractPaper(record);
      })(),
      {
        onReject: (reject) => rejected.push({ index: reject.line - 1, reason: reject.reason }),
      },
    );
    ctx.entityCache.clear();
    return { received: abstracts.length, written: summary.written, unchanged: summary.unchanged, links: summary.links, ids, rejected };
  },
};
