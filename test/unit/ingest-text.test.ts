import { describe, expect, it } from 'vitest';
import { cleanText, dedupeKeyText } from '../../src/ingest/clean.js';
import { dayOf, parseArxivId } from '../../src/ingest/ids.js';
import { detectLanguage } from '../../src/ingest/language.js';
import { classifyLine } from '../../src/ingest/text-lines.js';
import { HashOrdinals } from '../../src/ingest/hash-table.js';
import { findUrls } from '../../src/ingest/urls.js';

describe('cleanText', () => {
  it.each([
    ['we work \\textit{on} graphs', 'we work on graphs'],
    ['see \\url{https://x.org/a}', 'see https://x.org/a'],
    ['LSBAs\\footnote{Code at \\url{https://g.com/x}}.', 'LSBAs (Code at https://g.com/x).'],
    ['\\emph{de facto} \\textbf{\\textit{nested}}', 'de facto nested'],
    ['as in \\cite{smith20} we', 'as in we'],
    ['\\href{https://a.io}{our site}', 'our site (https://a.io)'],
    ['S$^2$-MLPv2 gets $83.6\\%$ with $\\bm{x}$', 'S$^2$-MLPv2 gets $83.6\\%$ with $\\bm{x}$'],
    ['100\\% of $p_n(\\bm{x})$', '100% of $p_n(\\bm{x})$'],
    ['  spaced \t out\u200b  text ', 'spaced out text'],
  ])('%s → %s', (raw, clean) => expect(cleanText(raw)).toBe(clean));

  it('keys texts that differ only in spacing, case and punctuation alike', () => {
    expect(dedupeKeyText('The  Model, (AI).')).toBe(dedupeKeyText('the model AI'));
    expect(dedupeKeyText('model A')).not.toBe(dedupeKeyText('model B'));
  });
});

describe('findUrls', () => {
  it.each([
    ['competition (https://www.zgc-aisc.com/en). The', ['https://www.zgc-aisc.com/en']],
    ['开源(https://github.com/persiamml/persia),以便任何人', ['https://github.com/persiamml/persia']],
    ['at https://huggingface.co/sensenova/ and www.example.org.', ['https://huggingface.co/sensenova/', 'www.example.org']],
    ['wiki https://en.wikipedia.org/wiki/Graph_(mathematics) ok', ['https://en.wikipedia.org/wiki/Graph_(mathematics)']],
    ['twice https://a.io/x, https://a.io/x;', ['https://a.io/x']],
    ['no links here, just http: and https://', []],
  ])('%s', (text, urls) => expect(findUrls(text)).toEqual(urls));
});

describe('detectLanguage', () => {
  it.each([
    ['We propose a model for the task of parsing, and it is fast.', 'en'],
    ['基于深度学习的模型占主导地位的生产推荐系统, 从Facebook的DLRM模型到GPT-3。', 'zh'],
    ['本研究では、新しいモデルを提案する。', 'ja'],
    ['우리는 새로운 모델을 제안한다.', 'ko'],
    ['Мы предлагаем новую модель для задачи.', 'und-Cyrl'],
    ['Nous proposons un nouveau modèle pour la tâche.', 'und-Latn'],
    ['123 456', 'und'],
  ])('%s → %s', (text, language) => expect(detectLanguage(text)).toBe(language));
});

describe('arXiv ids and dates', () => {
  it.each([
    ['2204.10245', '2204.10245'],
    ['arXiv:2204.10245v3', '2204.10245'],
    ['0704.0001', '0704.0001'],
    ['hep-th/9901001v2', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
    ['000f90380d768a85e2316225854fc377c079b5c4', undefined],
    ['22.04', undefined],
  ])('%s → %s', (text, id) => expect(parseArxivId(text)).toBe(id));

  it.each([
    ['Mon, 2 Apr 2007 19:18:42 GMT', '2007-04-02'],
    ['2021-06-02', '2021-06-02'],
    ['not a date', undefined],
    [42, undefined],
  ])('%s → %s', (text, day) => expect(dayOf(text)).toBe(day));
});

describe('classifyLine', () => {
  it.each([
    ['Department of Mathematics, Hong Kong University of Science and Technology', 'header'],
    ['Quillon Research Laboratory', 'header'],
    ['Work done at Google Research', 'short'],
    ['23 Pages, 19 Figures', 'short'],
    ['Backdoor Attack', 'short'],
    ['translated by 谷歌翻译', 'marker'],
    ['arXiv:2202.11203', 'arxiv'],
    ['Created: 2022-02-18', 'created'],
    ['Abstract:Short.', 'abstract'],
    ['Abstract: ', 'malformed'],
    ['Abstract reasoning is hard for models.', 'short'],
    ['   ', 'blank'],
    [`We study universities and research laboratories across a century of records, asking how they grew over time.`, 'abstract'],
  ])('%s → %s', (line, kind) => expect(classifyLine(line).kind).toBe(kind));
});

describe('HashOrdinals', () => {
  it('maps every 64-bit hash to its first ordinal across growth', () => {
    const table = new HashOrdinals();
    const hex = (n: number): string => (n * 2654435761).toString(16).padStart(16, '0').slice(-16);
    for (let n = 0; n < 5000; n++) table.add(hex(n), n);
    table.add(hex(7), 99_999);
    for (let n = 0; n < 5000; n++) expect(table.get(hex(n))).toBe(n);
    expect(table.get('ffffffffffffffff')).toBeUndefined();
  });
});
