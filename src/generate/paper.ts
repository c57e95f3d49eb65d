import { cleanText, dedupeKeyText } from '../ingest/clean.js';
import { textHash } from '../ingest/ids.js';
import { escapeRegExp } from '../graph/regexp.js';
import { Random, Zipf } from './random.js';
import { chineseAbstract, englishAbstract, titleOf, type Slots } from './templates.js';
import { AREAS, type Area } from './vocabulary/areas.js';
import { DEPARTMENTS, LABS, UNIVERSITIES } from './vocabulary/institutions.js';
import { INVENTED_DATASETS, INVENTED_METHODS } from './vocabulary/invented.js';
import { FAMILY_NAMES, GIVEN_NAMES } from './vocabulary/people.js';

/** The entities a generated paper is known to hold: what extraction should find. */
export interface Truth {
  id: string;
  proposed: string;
  methods: string[];
  datasets: string[];
  institutions: string[];
  results: Array<{ method: string; dataset: string; metric: string; value: string }>;
}

export interface GeneratedPaper {
  /** 0-based position in the corpus. */
  ordinal: number;
  /** The id `readRecords` will give it: the arXiv id, or the text hash when no arXiv line is written. */
  id: string;
  arxivId?: string;
  title: string;
  abstract: string;
  language: 'en' | 'zh';
  published: string;
  authors: string[];
  categories: string[];
  comment?: string;
  /** Affiliation header the text dump puts above it. */
  affiliation: string;
  institution: string;
  /** Set on a repeat of an earlier paper (a second version or a second dump of it). */
  duplicateOf?: number;
  truth: Truth;
}

const AREA_POPULARITY = new Zipf(AREAS, 1.2);
const AREA_METHODS = new Map(AREAS.map((area) => [area, new Zipf(area.methods)]));
const AREA_DATASETS = new Map(
  AREAS.map((area, index) => [area, new Zipf([...area.datasets, ...INVENTED_DATASETS.filter((_, i) => i % AREAS.length === index)])]),
);
const PROPOSED = new Zipf(INVENTED_METHODS, 0.6);
const INSTITUTIONS = new Zipf([...UNIVERSITIES, ...LABS], 0.8);
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const GROUPS = ['Applied Research Group', 'Machine Learning Research Team', 'Vision Research Lab', 'Language Research Lab'];
const COMMENTS = ['12 pages, 5 figures', 'Accepted at a main conference', '9 pages, 4 tables', 'Technical report', 'Work in progress'];

/** Builds paper `ordinal` under an affiliation header; `serial` numbers the arXiv ids per month. */
export function generatePaper(
  random: Random,
  ordinal: number,
  { institution, affiliation }: Affiliation,
  serial: Map<string, number>,
  options: { chinese: boolean; arxiv: boolean },
): GeneratedPaper {
  const area: Area = AREA_POPULARITY.draw(random);
  const [task, taskZh] = random.pick(area.tasks);
  const baselines = random.distinct(random.int(1, 3), () =>
    random.chance(0.85) ? AREA_METHODS.get(area)!.draw(random) : PROPOSED.draw(random),
  );
  const proposed = random.distinct(1, () => PROPOSED.draw(random), baselines)[0] ?? `${random.pick(INVENTED_METHODS)}-v${ordinal}`;
  const datasets = random.distinct(random.int(1, 3), () => AREA_DATASETS.get(area)!.draw(random));
  const slug = proposed.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const slots: Slots = {
    proposed,
    baselines,
    datasets,
    task,
    taskZh,
    field: area.field,
    metric: random.pick(area.metrics),
    value: (random.int(300, 990) / 10).toFixed(1),
    gain: (random.int(3, 60) / 10).toFixed(1),
    ...(random.chance(0.1) ? { mentionedInstitution: INSTITUTIONS.draw(random) } : {}),
    ...(random.chance(0.3) ? { codeUrl: `https://github.com/${slug}-team/${slug}` } : {}),
  };
  const abstract = options.chinese ? chineseAbstract(slots) : englishAbstract(slots, random);
  const day = new Date(FIRST_DAY + Math.floor((random.next() * (LAST_DAY - FIRST_DAY)) / 86_400_000) * 86_400_000);
  const published = day.toISOString().slice(0, 10);
  const arxivId = options.arxiv ? nextArxivId(published, serial, random) : undefined;
  const id = arxivId ?? `sha256:${textHash(dedupeKeyText(cleanText(abstract)))}`;
  const appears = (name: string): boolean =>
    new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`).test(abstract);
  return {
    ordinal,
    id,
    ...(arxivId ? { arxivId } : {}),
    title: titleOf(slots, random),
    abstract,
    language: options.chinese ? 'zh' : 'en',
    published,
    authors: random.distinct(random.int(2, 6), () => `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`),
    categories: area.categories,
    ...(random.chance(0.2) ? { comment: random.pick(COMMENTS) } : {}),
    affiliation,
    institution,
    truth: {
      id,
      proposed,
      methods: [proposed, ...baselines].filter(appears),
      datasets: datasets.filter(appears),
      institutions: [
        institution,
        ...(slots.mentionedInstitution && appears(slots.mentionedInstitution) ? [slots.mentionedInstitution] : []),
      ].filter((name, i, all) => all.indexOf(name) === i),
      results: appears(`${slots.value}%`)
        ? [{ method: proposed, dataset: datasets[0]!, metric: slots.metric, value: `${slots.value}%` }]
        : [],
    },
  };
}

export interface Affiliation {
  institution: string;
  /** The header line: `Department of Mathematics, Tsinghua University`. */
  affiliation: string;
}

export function drawAffiliation(random: Random): Affiliation {
  const institution = INSTITUTIONS.draw(random);
  // A header names a department or group, so the parser tells it from a short comment.
  return { institution, affiliation: `${random.pick(UNIVERSITIES.includes(institution) ? DEPARTMENTS : GROUPS)}, ${institution}` };
}

/** `YYMM.NNNNN`, unique: a per-month serial that only grows. */
function nextArxivId(published: string, serial: Map<string, number>, random: Random): string {
  const month = `${published.slice(2, 4)}${published.slice(5, 7)}`;
  // Gaps of 1–3 keep ids realistic yet leave room for ~25,000 papers a month.
  const next = (serial.get(month) ?? 0) + random.int(1, 3);
  serial.set(month, next);
  return `${month}.${String(next).padStart(5, '0')}`;
}
