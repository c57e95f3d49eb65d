import type { GeneratedPaper } from './paper.js';
import type { Random } from './random.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Writes papers as a text dump in the seed files' conventions: an affiliation header
 * over each run of papers from one place, `Abstract:` prefixes on some, a translation
 * marker after Chinese text, a comment, `arXiv:` and `Created:` lines, blank runs.
 * Keeps only the current header, so it can write any number of papers.
 */
export class TextDumpWriter {
  private header: string | undefined;

  render(paper: GeneratedPaper, random: Random): string {
    const lines: string[] = [];
    if (paper.affiliation !== this.header) {
      lines.push(paper.affiliation, '', '');
      this.header = paper.affiliation;
    }
    lines.push(`${random.chance(0.3) ? 'Abstract:' : ''}${paper.abstract}`);
    if (paper.language === 'zh') lines.push('translated by 谷歌翻译');
    if (paper.comment && paper.arxivId) lines.push('', paper.comment);
    if (paper.arxivId)
      lines.push('', `arXiv:${paper.arxivId}${paper.duplicateOf !== undefined ? 'v2' : ''}`, `Created: ${paper.published}`);
    lines.push(...Array.from({ length: random.int(0, 3) }, () => ''));
    return `${lines.join('\n')}\n`;
  }
}

/** One line of the arXiv metadata snapshot: abstract wrapped and indented as arXiv stores it. */
export function renderSnapshotLine(paper: GeneratedPaper): string {
  const created = new Date(
    `${paper.published}T${String(paper.ordinal % 24).padStart(2, '0')}:${String(paper.ordinal % 60).padStart(2, '0')}:00Z`,
  );
  const versions = [{ version: 'v1', created: rfc2822(created) }];
  if (paper.duplicateOf !== undefined) versions.push({ version: 'v2', created: rfc2822(new Date(created.getTime() + 30 * 86_400_000)) });
  const record = {
    id: paper.arxivId ?? paper.id,
    submitter: paper.authors[0],
    authors:
      paper.authors.length > 1
        ? `${paper.authors.slice(0, -1).join(', ')} and ${paper.authors[paper.authors.length - 1]}`
        : paper.authors[0],
    title: wrap(paper.title, 70, '  '),
    comments: paper.comment ?? null,
    'journal-ref': null,
    doi: null,
    'report-no': null,
    categories: paper.categories.join(' '),
    license: 'http://arxiv.org/licenses/nonexclusive-distrib/1.0/',
    abstract: `  ${wrap(paper.abstract, 78, '')}\n`,
    versions,
    update_date:
      versions[versions.length - 1]!.created && new Date(Date.parse(versions[versions.length - 1]!.created)).toISOString().slice(0, 10),
    authors_parsed: paper.authors.map((name) => {
      const space = name.lastIndexOf(' ');
      return [name.slice(space + 1), name.slice(0, space), ''];
    }),
  };
  return `${JSON.stringify(record)}\n`;
}

function rfc2822(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} GMT`;
}

/** Breaks text at spaces before `width` columns, joining with a newline and `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}
