import type { Database } from '../db/database.js';
import { withFindings } from '../extract/paper.js';
import type { AbstractFields, IngestItem, IngestOutcome, IngestService } from '../graphql/context.js';
import { MAX_ABSTRACT } from '../graphql/resolvers/Mutation.js';
import { recordFromFields, type PaperRecord } from '../ingest/index.js';
import { loadBatchIsolating } from '../load/loader.js';
import type { ExtractThread } from './extract-thread.js';

const MAX_TITLE = 1_000;

/**
 * The ingest mutation's pipeline: check each abstract, extract in the worker thread, load the
 * call as one batch (a bad record is isolated, the rest still load), and say per input what
 * became of it. One call is at most 50 abstracts, so one batch.
 */
export function ingestService(db: Database, extractor: ExtractThread): IngestService {
  return {
    async ingest(abstracts: AbstractFields[], requestId: string): Promise<IngestOutcome> {
      const items: Array<IngestItem | undefined> = [];
      const records: Array<{ index: number; record: PaperRecord }> = [];
      abstracts.forEach((input, index) => {
        const problem = check(input, index);
        if (problem) return void (items[index] = problem);
        const record = recordFromFields(input, { file: `graphql:${requestId}`, line: index + 1 });
        if (!record) {
          items[index] = { index, status: 'REJECTED', code: 'EMPTY', field: 'abstract', message: 'The abstract has no readable text.' };
        } else records.push({ index, record });
      });
      let outcome = { written: 0, unchanged: 0, links: 0, rejected: [] as Array<{ id: string; reason: string }>, writtenIds: [] as string[] };
      if (records.length > 0) {
        const findings = await extractor.extract(
          records.map(({ record: r }) => ({ title: r.title, abstract: r.abstract, language: r.language, affiliations: r.affiliations })),
        );
        const papers = records.map(({ record }, i) => withFindings(record, findings[i]!));
        outcome = await loadBatchIsolating(db, papers);
        await db.write('fulltext-refresh');
      }
      const written = new Set(outcome.writtenIds);
      const refused = new Map(outcome.rejected.map((r) => [r.id, r.reason]));
      for (const { index, record } of records) {
        const reason = refused.get(record.id);
        items[index] = reason
          ? { index, status: 'REJECTED', code: 'REJECTED', field: 'abstract', message: `The database refused the paper: ${reason}` }
          : { index, status: written.has(record.id) ? 'WRITTEN' : 'UNCHANGED', paperId: record.id };
      }
      return { items: items as IngestItem[], written: outcome.written, unchanged: outcome.unchanged, links: outcome.links };
    },
  };
}

function check(input: AbstractFields, index: number): IngestItem | undefined {
  if (input.abstract.length > MAX_ABSTRACT) {
    return { index, status: 'REJECTED', code: 'TOO_LONG', field: 'abstract', message: `The abstract is longer than ${MAX_ABSTRACT} characters.` };
  }
  if ((input.title?.length ?? 0) > MAX_TITLE) {
    return { index, status: 'REJECTED', code: 'TOO_LONG', field: 'title', message: `The title is longer than ${MAX_TITLE} characters.` };
  }
  return undefined;
}
