import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect, tempFiles } from '../fixtures/ingest/collect.js';

const WORDS = [
  'model',
  'graph',
  'sheep',
  'tensor',
  'réseau',
  'données',
  'learning',
  'robust',
  'CIFAR-10',
  'ResNet-50',
  '52.8%',
  'of',
  'the',
  'and',
  '(LLM)',
];
const COMMENTS = ['12 pages, 4 figures', 'Backdoor Attack', 'Accepted to a workshop', 'Code and data released'];
const HEADERS = [
  'Department of Physics, Eastmoor University',
  'School of Computing, Northfield Institute of Technology',
  'Quillon Research Laboratory',
];

interface Planned {
  abstract: string;
  prefixed: boolean;
  marker: boolean;
  comment?: string;
  arxiv?: string;
  created?: string;
  header?: string;
  blanks: number;
  garbage?: number[];
}

// An abstract is long prose ending in a full stop; the index makes each one distinct.
const abstractOf = (index: number, words: string[]): string =>
  `Record ${index} studies ${words.join(' ')} and reports what was found on every benchmark.`;

const plannedRecord = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 10, maxLength: 40 }),
  prefixed: fc.boolean(),
  marker: fc.boolean(),
  comment: fc.option(fc.constantFrom(...COMMENTS), { nil: undefined }),
  withArxiv: fc.boolean(),
  created: fc.option(fc.date({ min: new Date('1995-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), { nil: undefined }),
  header: fc.option(fc.constantFrom(...HEADERS), { freq: 4, nil: undefined }),
  blanks: fc.nat(3),
  // A line of junk before the record: bytes from 0x20 up, often invalid UTF-8, never NUL or control bytes.
  garbage: fc.option(fc.uint8Array({ minLength: 1, maxLength: 40, min: 0x20, max: 0xff }), { freq: 4, nil: undefined }),
});

const plannedFile = fc.record({
  records: fc.array(plannedRecord, { minLength: 1, maxLength: 12 }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'),
});

describe('readRecords on random input (fast-check)', () => {
  it('never throws and never drops a valid record, whatever the mix of conventions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(plannedFile, { minLength: 1, maxLength: 3 }), async (files) => {
        const contents: Record<string, Buffer> = {};
        const expected: Array<Planned & { affiliations: string[] }> = [];
        files.forEach((file, fileIndex) => {
          const lines: Array<string | Buffer> = [];
          let affiliations: string[] = [];
          file.records.forEach((plan, recordIndex) => {
            const abstract = abstractOf(fileIndex * 100 + recordIndex, plan.words);
            // Junk bytes cannot be written in UTF-16; only UTF-8 files carry them.
            if (plan.garbage && file.encoding.startsWith('utf-8')) lines.push(Buffer.from(plan.garbage.filter((byte) => byte !== 0x7f)));
            if (plan.header) {
              lines.push(plan.header, '');
              affiliations = [plan.header];
            }
            lines.push(`${plan.prefixed ? 'Abstract:' : ''}${abstract}`);
            if (plan.marker) lines.push('translated by 谷歌翻译');
            if (plan.comment) lines.push('', plan.comment, '');
            const arxiv = plan.withArxiv ? `${2000 + fileIndex}.${String(10000 + recordIndex)}` : undefined;
            if (arxiv) lines.push(`arXiv:${arxiv}v2`);
            const created = plan.created?.toISOString().slice(0, 10);
            if (created) lines.push(`Created: ${created}`);
            for (let blank = 0; blank < plan.blanks; blank++) lines.push(' '.repeat(blank));
            expected.push({
              ...plan,
              abstract,
              arxiv,
              created,
              comment: plan.comment,
              affiliations,
              blanks: 0,
              garbage: undefined,
            } as never);
          });
          const text = Buffer.concat(
            lines.map((line) => Buffer.concat([typeof line === 'string' ? Buffer.from(line) : line, Buffer.from(file.eol)])),
          );
          contents[`f${fileIndex}.txt`] = encode(text, file.encoding);
        });
        const dir = tempFiles(contents);
        const { records } = await collect([path.join(dir, '*.txt')]);
        // Junk lines may read as extra records or comments of their own; the planned ones must all be there, intact.
        const found = new Map(records.map((record) => [record.abstract, record]));
        for (const plan of expected) {
          const record = found.get(plan.abstract);
          expect(record, plan.abstract).toBeDefined();
          expect(record!.affiliations).toEqual(plan.affiliations);
          if (plan.arxiv) expect(record!.id).toBe(plan.arxiv);
          if (plan.created) expect(record!.published).toBe(plan.created);
          // A junk line that happens to decode becomes a short comment after the planned one.
          if (plan.comment) expect(record!.comment?.startsWith(plan.comment)).toBe(true);
          if (plan.marker) expect(record!.machineTranslated).toBe(true);
        }
        expect(records.filter((record) => expected.some((plan) => plan.abstract === record.abstract))).toHaveLength(expected.length);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on random bytes, and reports every reject with a file and a line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('x.txt', 'x.jsonl', 'x.json.gz'), async (bytes, name) => {
        const dir = tempFiles({ [name]: bytes });
        const { records, rejects } = await collect([path.join(dir, name)]);
        for (const reject of rejects) {
          expect(reject.file).toBe(path.join(dir, name));
          expect(Number.isInteger(reject.line) && reject.line >= 0).toBe(true);
          expect(reject.reason).not.toBe('');
        }
        for (const record of records) expect(record.abstract).not.toBe('');
      }),
      { numRuns: 200 },
    );
  });
});

function encode(utf8: Buffer, encoding: string): Buffer {
  if (encoding === 'utf-8') return utf8;
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
  const le = Buffer.from(`\ufeff${utf8.toString('utf8')}`, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}
