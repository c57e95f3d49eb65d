import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/ingest/index.js';
import { collect, tempFiles } from '../fixtures/ingest/collect.js';

const A = 'First abstract: a method for counting sheep in satellite images, evaluated on three new aerial datasets.';
const B = 'Second abstract: a survey of sheep counting methods that compares twelve detectors across four benchmarks.';
const C = 'Third abstract: sheep are hard to count at night, so we add thermal imagery and a tracking head to the model.';

const utf16 = (text: string, endian: 'le' | 'be'): Buffer => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
};
const bytes = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

// Each case: the file's bytes, the abstracts that must come out, and the rejects (line: reason pattern).
const cases: Array<[name: string, file: string, content: Buffer | string, abstracts: string[], rejects: Array<[number, RegExp]>]> = [
  ['LF line ends', 'lf.txt', `${A}\n${B}\n${C}\n`, [A, B, C], []],
  ['CRLF line ends', 'crlf.txt', `${A}\r\n\r\n${B}\r\n${C}`, [A, B, C], []],
  ['CR-only line ends', 'cr.txt', `${A}\r${B}\r\r\r${C}\r`, [A, B, C], []],
  ['UTF-8 BOM', 'bom.txt', `\ufeff${A}\n${B}`, [A, B], []],
  ['UTF-16 LE with BOM', 'le.txt', utf16(`${A}\r\n${B}\n${C}`, 'le'), [A, B, C], []],
  ['UTF-16 BE with BOM', 'be.txt', utf16(`${A}\n\n${B}`, 'be'), [A, B], []],
  ['invalid UTF-8 in one line', 'bad-utf8.txt', bytes(`${A}\n`, [0x41, 0xc3, 0x28, 0x42], `\n${B}\n`), [A, B], [[2, /invalid UTF-8/]]],
  [
    'invalid UTF-8 followed by its metadata',
    'bad-meta.txt',
    bytes(`${A}\n`, [0xff, 0xfe, 0x41], '\narXiv:2101.00002\n', C),
    [A, C],
    [
      [2, /invalid UTF-8/],
      [3, /arXiv line of the rejected line 2/],
    ],
  ],
  ['NUL bytes: a binary file', 'image.txt', bytes([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a], A), [], [[0, /binary file \(NUL bytes\)/]]],
  [
    'many control bytes',
    'ctl.txt',
    bytes(Array.from({ length: 64 }, (_, i) => (i % 30) + 1)),
    [],
    [[0, /binary file \(\d+% control bytes\)/]],
  ],
  ['empty file', 'empty.txt', '', [], [[0, /empty file/]]],
  ['blank lines only', 'blank.txt', '\n\n  \n\t\n', [], [[0, /no abstracts found/]]],
  ['a line over the cap', 'long.txt', `${A}\n${'x'.repeat(70_000)}\n${B}\n`, [A, B], [[2, /line longer than 65536 bytes/]]],
  [
    'control character in a line',
    'ctl-line.txt',
    `${A}\nbell\u0007here and more text to make the line long enough to be an abstract of its own, really\n${B}`,
    [A, B],
    [[2, /control characters/]],
  ],
  ['gzipped JSON lines', 'papers.jsonl.gz', gzipSync(`{"id":"x1","abstract":"${A}"}\n{"id":"x2","abstract":"${B}"}\n`), [A, B], []],
];

describe('bad input never stops the run nor loses good records', () => {
  it.each(cases)('%s', async (_name, file, content, abstracts, rejects) => {
    const dir = tempFiles({ [file]: content });
    const result = await collect([path.join(dir, file)]);
    expect(result.records.map((record) => record.abstract)).toEqual(abstracts);
    expect(result.rejects).toHaveLength(rejects.length);
    result.rejects.forEach((reject, index) => {
      expect(reject.file).toBe(path.join(dir, file));
      expect(reject.line).toBe(rejects[index]![0]);
      expect(reject.reason).toMatch(rejects[index]![1]);
    });
  });

  it('keeps the records before the cut of a truncated gzip file', async () => {
    const lines = [A, B, C].map((abstract, index) => `{"id":"x${index}","abstract":"${abstract}"}\n`).join('');
    const whole = gzipSync(lines + `{"id":"tail","abstract":"${'tail words '.repeat(2000)}"}\n`);
    const dir = tempFiles({ 'cut.jsonl.gz': whole.subarray(0, whole.length - 40) });
    const { records, rejects } = await collect([path.join(dir, 'cut.jsonl.gz')]);
    expect(records.map((record) => record.abstract)).toEqual([A, B, C]);
    expect(rejects).toMatchObject([{ line: 4, reason: expect.stringMatching(/^read failed: .*end of file/) }]);
  });

  it('honours a smaller line cap', async () => {
    const dir = tempFiles({ 'a.txt': `${A}\n${B}\n` });
    const { records, rejects } = await collect([path.join(dir, 'a.txt')], 50);
    expect(records).toEqual([]);
    expect(rejects.map((reject) => reject.reason)).toEqual(['line longer than 50 bytes', 'line longer than 50 bytes']);
  });

  it('reads a corpus in which every file is broken in another way, keeping all good records', async () => {
    const dir = tempFiles(Object.fromEntries(cases.map(([, file, content]) => [file, content])));
    const { records } = await collect([dir]);
    const expected = cases.flatMap(([, , , abstracts]) => abstracts);
    expect(records.map((record) => record.abstract).sort()).toEqual(expected.sort());
  });
});

describe('expandInputs', () => {
  const dir = tempFiles({ 'a.txt': A, 'b.jsonl': '', 'c.md': B, '.hidden.txt': C });
  mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
  writeFileSync(path.join(dir, 'sub', 'd.txt'), A);
  writeFileSync(path.join(dir, 'sub', 'deeper', 'e.txt'), A);
  const list = async (inputs: string[]) => {
    const files: string[] = [];
    const rejects: string[] = [];
    for await (const file of expandInputs(inputs, (reject) =>
      rejects.push(`${path.relative(dir, reject.file)}:${reject.line}: ${reject.reason}`),
    )) {
      files.push(path.relative(dir, file));
    }
    return { files, rejects };
  };

  it.each([
    [['.'], ['a.txt', 'b.jsonl', 'c.md', 'sub/d.txt', 'sub/deeper/e.txt']],
    [['*.txt'], ['a.txt']],
    [['**/*.txt'], ['a.txt', 'sub/d.txt', 'sub/deeper/e.txt']],
    [['sub/**'], ['sub/d.txt', 'sub/deeper/e.txt']],
    [['*.{txt,md}'], ['a.txt', 'c.md']],
    [['[ab].*'], ['a.txt', 'b.jsonl']],
    [['s?b/*.txt'], ['sub/d.txt']],
    [
      ['c.md', 'a.txt'],
      ['c.md', 'a.txt'],
    ],
  ])('%j → %j', async (patterns, expected) => {
    expect((await list(patterns.map((pattern) => path.join(dir, pattern)))).files).toEqual(expected);
  });

  it('reports missing paths and patterns that match nothing, and goes on', async () => {
    const result = await list([path.join(dir, 'missing.txt'), path.join(dir, '*.csv'), path.join(dir, 'a.txt')]);
    expect(result.files).toEqual(['a.txt']);
    expect(result.rejects).toEqual(['missing.txt:0: no such file or directory', '*.csv:0: no files match this pattern']);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file and keeps reading the others', async () => {
    const locked = tempFiles({ 'locked.txt': A, 'open.txt': B });
    chmodSync(path.join(locked, 'locked.txt'), 0o000);
    const { records, rejects } = await collect([locked]);
    expect(records.map((record) => record.abstract)).toEqual([B]);
    expect(rejects).toMatchObject([{ file: path.join(locked, 'locked.txt'), line: 0, reason: 'read failed: permission denied' }]);
  });
});
