// The side panel: what is selected, in words. Everything here is also reachable by keyboard.
import { download, h, highlight, paperTitle, plural, replace, ROLE_LABEL, s, site, TYPE_LABEL } from './dom.js';
import { bibtex, csv } from './export.js';

export const role = (r) => h('span', { class: `role ${r}` }, ROLE_LABEL[r] ?? r);
const dot = (type) => h('span', { class: `dot ${type}`, 'aria-hidden': 'true' });
const conf = (c) => (typeof c === 'number' ? h('span', { class: 'conf', title: 'Extractor confidence' }, `confidence ${Math.round(c * 100)}%`) : null);

/** A button naming an entity that opens it. */
export function entityButton(entity, open) {
  return h('button', { type: 'button', class: 'linkish', 'data-entity': entity.uid, onclick: () => open(entity) }, entity.name);
}

function paperButton(paper, open) {
  return h('button', { type: 'button', class: 'linkish title', 'data-paper': paper.paperId, onclick: () => open(paper) }, paperTitle(paper));
}

function header(typeLabel, typeClass, title, sub) {
  return [h('span', { class: `badge ${typeClass}` }, typeLabel), h('h2', { tabindex: '-1' }, title), sub ? h('p', { class: 'sub' }, sub) : null];
}

/** An inline-SVG bar chart of papers per year (missing years count zero). */
export function trendChart(trend, type) {
  if (!trend || trend.length === 0) return h('p', { class: 'muted' }, 'No publication years are known for its papers.');
  const counts = new Map(trend.map((t) => [t.year, t.papers]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const years = [];
  for (let y = Math.max(first, last - 29); y <= last; y++) years.push(y);
  const max = Math.max(...years.map((y) => counts.get(y) ?? 0), 1);
  const width = 340;
  const height = 120;
  const top = 14;
  const bottom = 18;
  const slot = width / years.length;
  const bar = Math.max(Math.min(slot * 0.7, 34), 2);
  const labelEvery = Math.ceil(years.length / 8);
  const total = years.reduce((sum, y) => sum + (counts.get(y) ?? 0), 0);
  const chart = s(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Papers per year, ${first} to ${last}: ${years.map((y) => `${y}: ${counts.get(y) ?? 0}`).join(', ')}` },
    s('line', { class: 'axis', x1: 0, x2: width, y1: height - bottom + 0.5, y2: height - bottom + 0.5 }),
    years.map((year, i) => {
      const n = counts.get(year) ?? 0;
      const barHeight = ((height - top - bottom) * n) / max;
      const x = i * slot + (slot - bar) / 2;
      const y = height - bottom - barHeight;
      return s(
        'g',
        null,
        s('rect', { class: `bar ${type}`, x: x.toFixed(1), y: y.toFixed(1), width: bar.toFixed(1), height: barHeight.toFixed(1), rx: 2 }, s('title', null, `${year}: ${plural(n, 'paper')}`)),
        n > 0 && slot >= 14 ? s('text', { class: 'n', x: (x + bar / 2).toFixed(1), y: (y - 3).toFixed(1), 'text-anchor': 'middle' }, String(n)) : null,
        i % labelEvery === 0 || i === years.length - 1 ? s('text', { x: (x + bar / 2).toFixed(1), y: height - 4, 'text-anchor': 'middle' }, String(year)) : null,
      );
    }),
  );
  return h('figure', { class: 'trend' }, chart, h('figcaption', { class: 'visually-hidden' }, `${plural(total, 'paper')} with a known year.`));
}

/**
 * "Follow": while pressed, papers newly linked to the entity (by any ingest, from any process)
 * are listed at the top of the panel as they arrive; leaving the panel stops following.
 */
function followButton(entity, sections, actions) {
  let stop = null;
  const list = h('ul', { class: 'linklist', 'aria-live': 'polite' });
  const note = h('p', { class: 'muted' }, `Waiting for new papers linked to ${entity.name}…`);
  const button = h('button', { type: 'button', class: 'btn small secondary', 'aria-pressed': 'false', 'data-follow': entity.uid }, 'Follow');
  const seen = new Set();
  const arrived = (event) => {
    if (!list.isConnected) return stop?.();
    const key = `${event.paper.paperId}|${event.role}`;
    if (seen.has(key)) return;
    seen.add(key);
    note.textContent = `${plural(seen.size, 'new link')} since you started following.`;
    list.prepend(
      h('li', { 'data-live-paper': event.paper.paperId }, dot('PAPER'), paperButton(event.paper, actions.paper), h('span', { class: 'count' }, ROLE_LABEL[event.role] ?? event.role), h('blockquote', { class: 'evidence' }, event.evidence)),
    );
  };
  button.onclick = () => {
    if (stop) {
      stop();
      stop = null;
      button.textContent = 'Follow';
      button.setAttribute('aria-pressed', 'false');
      sections.live.hidden = true;
      return;
    }
    replace(sections.live, h('h3', { id: 'sec-live' }, 'New papers, live'), note, list);
    sections.live.hidden = false;
    button.textContent = 'Following';
    button.setAttribute('aria-pressed', 'true');
    stop = actions.follow(entity, arrived, (message) => {
      note.textContent = message;
    });
  };
  return button;
}

/**
 * The entity view. `papers` is a pager: { load(after) → Promise<connection> }.
 * Sections fill in as their queries answer.
 */
export function renderEntity(panel, entity, actions) {
  const sections = {
    aliases: h('section', { 'aria-labelledby': 'sec-aliases' }, h('h3', { id: 'sec-aliases' }, 'Also known as'), h('p', { class: 'muted' }, 'Loading…')),
    trend: h('section', { 'aria-labelledby': 'sec-trend' }, h('h3', { id: 'sec-trend' }, 'Papers per year'), h('p', { class: 'muted' }, 'Loading…')),
    extra: h('div'),
    related: h('section', { 'aria-labelledby': 'sec-related' }, h('h3', { id: 'sec-related' }, 'Named in the same papers'), h('p', { class: 'muted' }, 'Loading…')),
    papers: h('section', { 'aria-labelledby': 'sec-papers' }, h('h3', { id: 'sec-papers' }, 'Papers')),
    live: h('section', { class: 'live', 'aria-labelledby': 'sec-live', hidden: true }),
  };
  replace(
    panel,
    h(
      'article',
      { class: 'entity', 'data-entity': entity.uid },
      header(TYPE_LABEL[entity.type], entity.type, entity.name, entity.paperCount !== undefined ? `Linked to ${plural(entity.paperCount, 'paper')}` : null),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'btn small secondary', onclick: () => actions.focus(entity) }, 'Centre graph'),
        h('button', { type: 'button', class: 'btn small secondary', onclick: () => actions.pathFrom(entity) }, 'Path from'),
        h('button', { type: 'button', class: 'btn small secondary', onclick: () => actions.pathTo(entity) }, 'Path to'),
        entity.type === 'METHOD' ? h('button', { type: 'button', class: 'btn small secondary', onclick: () => actions.compare(entity) }, 'Compare') : null,
        followButton(entity, sections, actions),
      ),
      sections.live,
      sections.aliases,
      sections.trend,
      sections.extra,
      sections.related,
      sections.papers,
    ),
  );
  const papers = new PaperPager(sections.papers, entity, actions);
  papers.more();
  return {
    details(details) {
      replace(
        sections.aliases,
        h('h3', { id: 'sec-aliases' }, 'Also known as'),
        details.aliases.length > 0 ? h('ul', { class: 'chips' }, details.aliases.map((a) => h('li', { class: 'chip' }, a))) : h('p', { class: 'muted' }, 'No other names.'),
      );
      replace(sections.trend, h('h3', { id: 'sec-trend' }, 'Papers per year'), trendChart(details.trend, entity.type));
      if (details.proposedIn?.length)
        replace(
          sections.extra,
          h(
            'section',
            { 'aria-labelledby': 'sec-proposed' },
            h('h3', { id: 'sec-proposed' }, 'Proposed in'),
            h('ul', { class: 'linklist' }, details.proposedIn.map((p) => h('li', null, dot('PAPER'), paperButton(p, actions.paper), p.year ? h('span', { class: 'count' }, String(p.year)) : null))),
          ),
        );
    },
    /** A dataset's leaderboards (or why there are none). */
    leaderboards(boards, error) {
      replace(sections.extra, leaderboardSection(boards, error, actions));
    },
    neighbourhood(n) {
      const groups = [
        ['Methods', n.relatedMethods ?? n.methods, { name: n.relatedMethods ? 'relatedMethods' : 'methods', on: TYPE_LABEL[n.type] }],
        ['Datasets', n.datasets, { name: 'datasets', on: TYPE_LABEL[n.type] }],
        ['Institutions', n.institutions, { name: 'institutions', on: TYPE_LABEL[n.type] }],
      ].filter(([, c]) => c);
      replace(
        sections.related,
        h('h3', { id: 'sec-related' }, 'Named in the same papers'),
        groups.every(([, c]) => c.edges.length === 0)
          ? h('p', { class: 'muted' }, 'Nothing else is named in its papers.')
          : groups
              .filter(([, c]) => c.edges.length > 0)
              .map(([label, c, field]) => {
                const item = (e) => h('li', null, dot(e.node.type), entityButton(e.node, actions.entity), h('span', { class: 'count' }, plural(e.paperCount, 'shared paper')));
                const list = h('ul', { class: 'linklist', 'aria-label': label }, c.edges.map(item));
                const rest = c.totalCount - c.edges.length;
                const more =
                  rest > 0
                    ? h(
                        'button',
                        {
                          type: 'button',
                          class: 'linkish more',
                          'aria-label': `Show ${rest} more ${label.toLowerCase()}`,
                          onclick: async (event) => {
                            const button = event.currentTarget;
                            button.disabled = true;
                            try {
                              const all = await actions.ranked(entity, field);
                              const shown = c.edges.length;
                              for (const e of all.edges.slice(shown)) list.append(item(e));
                              list.children[shown]?.querySelector('button')?.focus();
                              button.remove();
                            } catch (error) {
                              button.disabled = false;
                              button.textContent = `Could not load: ${error.message}`;
                            }
                          },
                        },
                        `and ${rest} more ${label.toLowerCase()}`,
                      )
                    : null;
                return h('div', { class: 'group' }, h('h4', { class: 'visually-hidden' }, label), list, more);
              }),
      );
    },
    error(message) {
      for (const section of [sections.aliases, sections.trend, sections.related]) {
        const p = section.querySelector('p.muted');
        if (p && p.textContent === 'Loading…') p.textContent = message;
      }
    },
  };
}

/** One table per task and metric, best first by the metric's direction, with the evidence shown. */
function leaderboardSection(boards, error, actions) {
  const head = h('h3', { id: 'sec-results' }, 'Leaderboards');
  if (error) return h('section', { 'aria-labelledby': 'sec-results' }, head, h('p', { class: 'muted' }, `Leaderboards are not available: ${error}`));
  if (!boards?.length) return h('section', { 'aria-labelledby': 'sec-results' }, head, h('p', { class: 'muted' }, 'No abstract states a score on it.'));
  return h(
    'section',
    { 'aria-labelledby': 'sec-results', class: 'boards' },
    head,
    boards.map((board, i) => {
      const title = `${board.task ? `${board.task.name} · ` : ''}${board.metric.name} (${board.higherIsBetter ? 'higher' : 'lower'} is better)`;
      const rows = board.entries.map((e) => [e.rank, e.method.name, e.result.value, e.result.paper.title ?? e.result.paper.paperId, e.result.paper.year ?? '', e.result.evidence]);
      return h(
        'div',
        { class: 'board' },
        h(
          'div',
          { class: 'board-head' },
          h('h4', { id: `board-${i}` }, title),
          h('button', { type: 'button', class: 'btn small secondary', 'aria-label': `Download ${title} as CSV`, onclick: () => download(`${slug(title)}.csv`, csv([['rank', 'method', 'value', 'paper', 'year', 'evidence'], ...rows]), 'text/csv') }, 'CSV'),
        ),
        h(
          'table',
          { class: 'results', 'aria-labelledby': `board-${i}` },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, 'Method and evidence'), h('th', { scope: 'col' }, board.metric.name))),
          h(
            'tbody',
            null,
            board.entries.map((e) =>
              h(
                'tr',
                null,
                h('td', { class: 'rank' }, String(e.rank)),
                h(
                  'td',
                  null,
                  entityButton(e.method, actions.entity),
                  h('blockquote', { class: 'evidence small' }, highlight(e.result.evidence, [e.method.name, e.result.value])),
                  h('button', { type: 'button', class: 'linkish muted small-paper', 'data-paper': e.result.paper.paperId, onclick: () => actions.paper(e.result.paper) }, paperTitle(e.result.paper, 60), e.result.paper.year ? ` (${e.result.paper.year})` : ''),
                ),
                h('td', { class: 'value' }, e.result.value),
              ),
            ),
          ),
        ),
      );
    }),
  );
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The method × dataset comparison: one row per method, one column per dataset and metric. */
export function renderCompare(panel, comparison, actions) {
  const columns = [];
  const seen = new Set();
  for (const c of comparison.cells) {
    const key = `${c.dataset.uid}|${c.metric.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    columns.push({ key, dataset: comparison.datasets.find((d) => d.uid === c.dataset.uid) ?? c.dataset, metric: c.metric });
  }
  const cell = (m, col) => comparison.cells.find((c) => c.method.uid === m.uid && `${c.dataset.uid}|${c.metric.name}` === col.key);
  const head = ['method', ...columns.map((c) => `${c.dataset.name} ${c.metric.name}`)];
  const rows = comparison.methods.map((m) => [m.name, ...columns.map((col) => cell(m, col)?.best.value ?? '')]);
  replace(
    panel,
    h(
      'article',
      { class: 'compare-view' },
      header('Comparison', 'PAPER', comparison.methods.map((m) => m.name).join(' vs ') || 'Comparison', `${plural(columns.length, 'dataset and metric')} with a stated result`),
      comparison.unknown.length ? h('p', { class: 'notice', role: 'status' }, `Not found: ${comparison.unknown.join(', ')}`) : null,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn small secondary', onclick: () => download('comparison.csv', csv([head, ...rows]), 'text/csv') }, 'CSV')),
      columns.length === 0
        ? h('p', { class: 'muted' }, 'No abstract states a result for these methods.')
        : h(
            'div',
            { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Comparison table' },
            h(
              'table',
              { class: 'results compare' },
              h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Method'), columns.map((c) => h('th', { scope: 'col' }, c.dataset.name, h('br'), h('span', { class: 'muted' }, c.metric.name))))),
              h(
                'tbody',
                null,
                comparison.methods.map((m) =>
                  h(
                    'tr',
                    null,
                    h('th', { scope: 'row' }, entityButton(m, actions.entity)),
                    columns.map((col) => {
                      const c = cell(m, col);
                      return h('td', { class: 'value' }, c ? h('button', { type: 'button', class: 'linkish', title: c.best.evidence, onclick: () => actions.paper(c.best.paper) }, c.best.value) : '—');
                    }),
                  ),
                ),
              ),
            ),
          ),
    ),
  );
}

/** The entity's papers, a page at a time (Relay `after` cursors). */
class PaperPager {
  constructor(section, entity, actions) {
    this.entity = entity;
    this.actions = actions;
    this.after = null;
    this.loaded = 0;
    this.hidden = 0;
    this.papers = [];
    this.list = h('ul', { class: 'papers' });
    this.summary = h('span', { 'aria-live': 'polite' }, 'Loading…');
    this.button = h('button', { type: 'button', class: 'btn small secondary', hidden: true, onclick: () => this.more() }, 'More papers');
    this.bib = h('button', { type: 'button', class: 'btn small secondary', hidden: true, onclick: () => download(`${entity.name.replace(/[^\w.-]+/g, '_')}-papers.bib`, bibtex(this.papers.filter((p) => this.shown(p))), 'application/x-bibtex') }, 'BibTeX');
    section.append(this.list, h('div', { class: 'pager' }, this.summary, this.button, this.bib));
  }

  /** Whether the page's filters (roles, year range) keep this paper in the list. */
  shown(paper) {
    const f = this.actions.filter();
    if (!f) return true;
    const mine = (paper.entities ?? []).filter((l) => l.entity.uid === this.entity.uid);
    if (mine.length > 0 && !mine.some((l) => f.roles.has(l.role))) return false;
    if (f.from !== null && !(paper.year >= f.from)) return false;
    if (f.to !== null && !(paper.year <= f.to)) return false;
    return true;
  }

  async more() {
    this.button.disabled = true;
    try {
      const page = await this.actions.papers(this.entity, this.after);
      if (!page) return;
      const firstNew = this.list.children.length;
      for (const edge of page.edges) {
        const item = this.item(edge.node);
        this.papers.push(edge.node);
        if (!this.shown(edge.node)) {
          item.hidden = true;
          this.hidden++;
        }
        this.list.append(item);
      }
      this.loaded += page.edges.length;
      this.after = page.pageInfo.endCursor;
      const hidden = this.hidden ? ` (${this.hidden} hidden by the filters)` : '';
      this.summary.textContent = page.totalCount === 0 ? 'No papers.' : `Showing ${this.loaded} of ${plural(page.totalCount, 'paper')}${hidden}`;
      this.button.hidden = !page.pageInfo.hasNextPage;
      this.bib.hidden = this.papers.length === 0;
      if (firstNew > 0) [...this.list.children].slice(firstNew).find((li) => !li.hidden)?.querySelector('button')?.focus();
    } catch (error) {
      this.summary.textContent = `Could not load papers: ${error.message}`;
    } finally {
      this.button.disabled = false;
    }
  }

  item(paper) {
    const mine = (paper.entities ?? []).filter((l) => l.entity.uid === this.entity.uid);
    return h(
      'li',
      null,
      paperButton(paper, this.actions.paper),
      h('div', { class: 'line' }, paper.year ? h('span', null, String(paper.year)) : null, mine.map((l) => role(l.role)), h('span', null, plural((paper.entities ?? []).length, 'link'))),
      mine[0] ? h('p', { class: 'evidence' }, highlight(mine[0].evidence, [this.entity.name])) : null,
    );
  }
}

/** A paper: its links to entities with roles and evidence sentences. */
export function renderPaper(panel, paper, actions, { focusEntityId } = {}) {
  const links = [...(paper.entities ?? [])].sort((a, b) => (a.entity.uid === focusEntityId ? -1 : b.entity.uid === focusEntityId ? 1 : 0));
  const meta = [paper.published ?? paper.year, paper.arxivId ? `arXiv:${paper.arxivId}` : null].filter(Boolean).join(' · ');
  replace(
    panel,
    h(
      'article',
      { class: 'paper', 'data-paper': paper.paperId },
      header('Paper', 'PAPER', paperTitle(paper, 200), meta || null),
      paper.authors?.length ? h('p', { class: 'sub' }, paper.authors.join(', ')) : null,
      h(
        'div',
        { class: 'actions' },
        // Only real arXiv ids: a graph built by `papergraph generate` invents them.
        paper.arxivId && !site.synthetic ? h('a', { href: `https://arxiv.org/abs/${encodeURIComponent(paper.arxivId)}`, rel: 'noopener noreferrer', target: '_blank', 'data-arxiv': paper.arxivId }, 'Open on arXiv') : null,
        h('button', { type: 'button', class: 'btn small secondary', onclick: () => download(`${paper.paperId.replace(/[^\w.-]+/g, '_')}.bib`, bibtex([paper]), 'application/x-bibtex') }, 'BibTeX'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'sec-links' },
        h('h3', { id: 'sec-links' }, 'Evidence'),
        links.length === 0
          ? h('p', { class: 'muted' }, 'This paper links to no entity.')
          : h(
              'ul',
              { class: 'links' },
              links.map((l) =>
                h(
                  'li',
                  { class: 'link', 'data-role': l.role },
                  h('div', { class: 'head' }, dot(l.entity.type), entityButton(l.entity, actions.entity), role(l.role), conf(l.confidence)),
                  h('blockquote', { class: 'evidence' }, highlight(l.evidence, [l.entity.name])),
                ),
              ),
            ),
      ),
      paper.results?.length
        ? h(
            'section',
            { 'aria-labelledby': 'sec-presults' },
            h('h3', { id: 'sec-presults' }, 'Stated results'),
            h(
              'table',
              { class: 'results' },
              h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Method'), h('th', { scope: 'col' }, 'Dataset'), h('th', { scope: 'col' }, 'Metric'), h('th', { scope: 'col' }, 'Value'))),
              h(
                'tbody',
                null,
                paper.results.map((r) =>
                  h('tr', { title: r.evidence }, h('td', null, r.method?.name ?? '—'), h('td', null, r.dataset?.name ?? '—'), h('td', null, r.metric.name), h('td', { class: 'value' }, r.value)),
                ),
              ),
            ),
          )
        : null,
      paper.abstract ? h('details', { class: 'abstract' }, h('summary', null, 'Abstract'), h('p', null, paper.abstract)) : null,
    ),
  );
}

/** One paper → entity edge. */
export function renderLink(panel, link, paper, actions) {
  replace(
    panel,
    h(
      'article',
      { class: 'link-view' },
      header('Evidence', 'PAPER', `${link.entity.name} — ${ROLE_LABEL[link.role] ?? link.role}`, null),
      h('p', { class: 'sub' }, 'The paper ', h('strong', null, ROLE_LABEL[link.role] ?? link.role), ' ', link.entity.name, '.'),
      h('blockquote', { class: 'evidence' }, highlight(link.evidence, [link.entity.name])),
      h('div', { class: 'links' }, h('div', { class: 'head' }, role(link.role), conf(link.confidence))),
      h('h3', null, 'Paper'),
      h('p', null, paperButton(paper, actions.paper), paper.year ? h('span', { class: 'muted' }, ` (${paper.year})`) : null),
      h('h3', null, TYPE_LABEL[link.entity.type]),
      h('p', null, dot(link.entity.type), ' ', entityButton(link.entity, actions.entity)),
    ),
  );
}

/** A dotted co-occurrence edge. */
export function renderCooc(panel, data, actions) {
  replace(
    panel,
    h(
      'article',
      { class: 'cooc-view' },
      header('Co-occurrence', 'PAPER', `${data.a.name} and ${data.b.name}`, `Named together in ${plural(data.shared, 'paper')}`),
      h('p', null, 'Their shared papers are not all drawn. Open either to list its papers:'),
      h('ul', { class: 'linklist' }, [data.a, data.b].map((e) => h('li', null, dot(e.type), entityButton(e, actions.entity)))),
    ),
  );
}

/** The shortest connection, step by step, with the evidence for both links of each paper. */
export function renderPath(panel, from, to, path, maxHops, actions) {
  if (path && path.length === 0) {
    replace(
      panel,
      h(
        'article',
        { class: 'path-view' },
        header('Path', 'PAPER', `${from.name} → ${to.name}`, null),
        h('p', { class: 'notice', role: 'status' }, `Both ends are ${from.name}: an entity is connected to itself without any paper.`),
        h('p', null, dot(from.type), ' ', entityButton(from, actions.entity)),
      ),
    );
    return;
  }
  if (!path) {
    replace(
      panel,
      h(
        'article',
        { class: 'path-view' },
        header('Path', 'PAPER', `${from.name} → ${to.name}`, null),
        h('p', { class: 'notice', role: 'status' }, `No connection within ${plural(maxHops, 'paper')}.`, maxHops < 4 ? ' Try a larger “Max papers”.' : ''),
      ),
    );
    return;
  }
  replace(
    panel,
    h(
      'article',
      { class: 'path-view' },
      header('Path', 'PAPER', `${from.name} → ${to.name}`, `${plural(path.length, 'paper')} apart`),
      h(
        'ol',
        { class: 'steps' },
        path.steps.map((step) => {
          const same = step.fromEvidence === step.toEvidence;
          return h(
            'li',
            { class: 'step' },
            h('div', { class: 'hop' }, dot(step.from.type), entityButton(step.from, actions.entity), role(step.fromRole)),
            same ? null : h('blockquote', { class: 'evidence' }, highlight(step.fromEvidence, [step.from.name])),
            h('div', { class: 'hop paper-hop' }, dot('PAPER'), paperButton(step.paper, actions.paper), step.paper.year ? h('span', { class: 'muted' }, String(step.paper.year)) : null),
            h('div', { class: 'hop' }, dot(step.to.type), entityButton(step.to, actions.entity), role(step.toRole)),
            h('blockquote', { class: 'evidence' }, highlight(step.toEvidence, same ? [step.from.name, step.to.name] : [step.to.name])),
          );
        }),
      ),
    ),
  );
}
