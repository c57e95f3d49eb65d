import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.js';
import { isCatalogue, isCitation, isFormula, isUnit } from '../../src/extract/false-friends.js';
import { DISCIPLINES } from '../fixtures/extract/disciplines.js';
import type { PaperRecord } from '../../src/ingest/record.js';

const record = (abstract: string): PaperRecord => {
  const source = { file: 'fixture', line: 1 };
  return { id: 'x', abstract, language: 'en', authors: [], categories: [], affiliations: [], urls: [], source, sources: [source] };
};

describe('false friends by spelling', () => {
  it.each([
    ['MeV', true], ['kHz', true], ['GHz', true], ['kpc', true], ['μm', true], ['TB', true],
    ['GA', false], ['BERT', false], ['ResNet', false], ['CNN', false],
  ])('isUnit(%s) = %s', (token, expected) => expect(isUnit(token)).toBe(expected));

  it.each([
    ['MoS2', true], ['WSe2', true], ['Fe3O4', true], ['GaAs', true], ['SiO2', true], ['NaCl', true],
    ['CNN', false], ['BERT', false], ['VGG16', false], ['ViT', false], ['GPT-4', false], ['T5', false], ['YOLOv3', false],
  ])('isFormula(%s) = %s', (token, expected) => expect(isFormula(token)).toBe(expected));

  it.each([
    ['NGC 1275', true], ['SDSS J1030+0524', true], ['GW150914', true], ['3C 273', true],
    ['ICDAR 2015', false], ['VOC 2007', false], ['ResNet 101', false], ['T5', false],
  ])('isCatalogue(%s) = %s', (name, expected) => expect(isCatalogue(name)).toBe(expected));

  it.each([
    ['Brown', ', 1990) and', 'results of Brown (', true],
    ['Kukich', ' (Kukich, 1992)) are', 'see the review by ', true],
    ['Smith', ' et al. (2019) show', '', true],
    ['BERT', ' (Devlin et al.', 'We use ', false],
  ])('isCitation(%s …) = %s', (name, after, before, expected) => expect(isCitation(name, after, before)).toBe(expected));
});

describe.each(DISCIPLINES)('no false friends in $field', ({ text, never, found }) => {
  const paper = extractPaper(record(text));
  const names = paper.entities.filter((e) => e.type !== 'Institution').flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase()));

  it.each(never)('never links %s as a method or data set', (name) => {
    expect(names, `${name} in ${JSON.stringify(paper.entities.map((e) => e.name))}`).not.toContain(name.toLowerCase());
  });

  it.each(found ?? [])('still finds %s %s', (type, name) => {
    expect(paper.entities.some((e) => e.type === type && e.name === name)).toBe(true);
  });
});
