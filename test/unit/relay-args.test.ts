import { describe, expect, it } from 'vitest';
import { offsetCursor, pageWindow, paperCursor, paperPage, rankedPage } from '../../src/graphql/args.js';
import { absoluteUrl, calendarDate } from '../../src/graphql/scalars.js';

const at = (offset: number) => offsetCursor(offset);

describe('ranked pages (offset cursors)', () => {
  it.each([
    ['first page', { first: 5 }, { offset: 0, limit: 5, fromEnd: false }],
    ['default size', {}, { offset: 0, limit: 20, fromEnd: false }],
    ['after position 4', { first: 5, after: at(4) }, { offset: 5, limit: 5, fromEnd: false }],
    ['last 5 of the list', { last: 5 }, { offset: 0, limit: 5, fromEnd: true }],
    ['last 5 after position 4', { last: 5, after: at(4) }, { offset: 5, limit: 5, fromEnd: true }],
    ['last 3 before position 10', { last: 3, before: at(10) }, { offset: 7, limit: 3, fromEnd: false }],
    ['last 30 before position 10', { last: 30, before: at(10) }, { offset: 0, limit: 10, fromEnd: false }],
    ['last 5 between 4 and 7', { last: 5, after: at(4), before: at(7) }, { offset: 5, limit: 2, fromEnd: false }],
    ['first 5 between 4 and 7', { first: 5, after: at(4), before: at(7) }, { offset: 5, limit: 2, fromEnd: false }],
    ['an empty window', { first: 5, after: at(7), before: at(7) }, { offset: 8, limit: 0, fromEnd: false }],
  ])('%s', (_, args, page) => {
    expect(rankedPage(args)).toEqual(page);
  });
});

describe('paper pages (keyset cursors)', () => {
  it('reads both cursors and the direction', () => {
    const after = paperCursor({ published: '2021-01-02', id: 'a' });
    const before = paperCursor({ published: null, id: 'b' });
    expect(paperPage({ last: 3, after, before })).toEqual({
      size: 3,
      backward: true,
      after: { sort: '2021-01-02', id: 'a' },
      before: { sort: '', id: 'b' },
    });
    expect(paperPage({})).toEqual({ size: 20, backward: false, after: null, before: null });
  });
});

describe("Relay's rules", () => {
  it.each([
    [{ first: 1, last: 1 }, /first and last/],
    [{ first: 0 }, /first must be between 1 and 100/],
    [{ last: 101 }, /last must be between 1 and 100/],
    [{ last: -1 }, /last must be between/],
    [{ first: 2.5 }, /first must be between/],
  ])('rejects %o', (args, message) => {
    expect(() => pageWindow(args)).toThrow(message);
  });

  it.each([
    [{ after: 'garbage' }, /after is not a cursor/],
    [{ before: paperCursor({ published: '2020', id: 'x' }) }, /before is not a list cursor/],
    [{ after: at(-1) }, /after is not a list cursor/],
    [{ before: at(1_000_001) }, /before is not a list cursor/],
  ])('rejects the cursor of %o on a ranked list', (args, message) => {
    expect(() => rankedPage(args)).toThrow(message);
  });

  it('rejects a list cursor on a paper list, naming the argument', () => {
    expect(() => paperPage({ before: at(3) })).toThrow(/before is not a paper cursor/);
    expect(() => paperPage({ after: '%%%' })).toThrow(/after is not a cursor/);
  });
});

describe('scalars', () => {
  it.each([
    ['2024', '2024'],
    ['2024-05', '2024-05'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['2024-13', undefined],
    ['2024-00', undefined],
    ['2024-04-31', undefined],
    ['24-05-01', undefined],
    ['2024-5-1', undefined],
    ['2024-05-17T00:00:00Z', undefined],
    [' 2024', undefined],
  ])('Date %s', (text, date) => {
    expect(calendarDate(text)).toBe(date);
  });

  it.each([
    ['https://github.com/a/b', 'https://github.com/a/b'],
    ['http://example.org', 'http://example.org/'],
    ['www.example.org/x', 'https://www.example.org/x'],
    ['ftp://example.org/file', undefined],
    ['javascript:alert(1)', undefined],
    ['github.com/a/b', undefined],
    ['https://', undefined],
  ])('URL %s', (text, url) => {
    expect(absoluteUrl(text)).toBe(url);
  });
});
