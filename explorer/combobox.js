// An ARIA 1.2 combobox over Query.search: typeahead, arrow keys, Enter, Escape.
import { gql, PAPER_SEARCH, SEARCH } from './api.js';
import { debounce, h, paperTitle, plural, replace, TYPE_LABEL } from './dom.js';

export class EntityCombobox {
  /**
   * @param {HTMLInputElement} input the element with role=combobox
   * @param {HTMLUListElement} list its role=listbox popup
   * @param {(entity: object) => void} onPick called with the chosen entity
   */
  constructor(input, list, onPick, { first = 10, papers = false, types = null } = {}) {
    this.papers = papers;
    this.types = types;
    this.input = input;
    this.list = list;
    this.onPick = onPick;
    this.first = first;
    this.hits = [];
    this.active = -1;
    this.request = 0;
    this.picked = null;
    this.lookup = debounce(() => this.search(), 120);
    input.addEventListener('input', () => {
      this.picked = null;
      this.lookup();
    });
    input.addEventListener('keydown', (event) => this.keydown(event));
    input.addEventListener('focus', () => {
      if (this.hits.length > 0 && !this.picked) this.open();
    });
    input.addEventListener('blur', () => setTimeout(() => this.close(), 120));
    // Keep focus in the input while clicking an option.
    list.addEventListener('mousedown', (event) => event.preventDefault());
  }

  /** The entity last chosen (null after the text changes). */
  get value() {
    return this.picked;
  }

  set(entity) {
    this.picked = entity ?? null;
    this.input.value = entity ? entity.name : '';
    this.close();
  }

  /** The picked entity, else the best match of the typed text (exact names rank first), else null. */
  async resolve() {
    if (this.picked) return this.picked;
    const text = this.input.value.trim();
    if (!/[\p{L}\p{N}]/u.test(text)) return null;
    const data = await gql(SEARCH, { text, first: 1, types: this.types });
    const hit = data.search[0]?.entity ?? null;
    if (hit) this.set(hit);
    return hit;
  }

  async search() {
    const text = this.input.value.trim();
    const token = ++this.request;
    if (!/[\p{L}\p{N}]/u.test(text)) {
      this.hits = [];
      this.close();
      return;
    }
    this.input.setAttribute('aria-busy', 'true');
    try {
      const [data, papers] = await Promise.all([
        gql(SEARCH, { text, first: this.first, types: this.types }),
        this.papers ? gql(PAPER_SEARCH, { text }).catch(() => null) : null,
      ]);
      if (token !== this.request) return; // a newer keystroke won
      const paperHits = (papers?.papers.edges ?? []).map((e) => ({ type: 'PAPER', paper: e.node, entity: { name: paperTitle(e.node, 80), aliases: [] } }));
      this.hits = [...data.search, ...paperHits];
      this.render(text);
    } catch (error) {
      if (token !== this.request) return;
      this.hits = [];
      replace(this.list, h('li', { class: 'option empty', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, `Search failed: ${error.message}`));
      this.open();
    } finally {
      if (token === this.request) this.input.removeAttribute('aria-busy');
    }
  }

  render(text) {
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    if (this.hits.length === 0) {
      replace(this.list, h('li', { class: 'option empty', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, `Nothing matches “${text}”`));
      this.open();
      return;
    }
    const needle = text.toLowerCase();
    replace(
      this.list,
      this.hits.map((hit, index) => {
        const entity = hit.entity;
        const alias = entity.name.toLowerCase().includes(needle) ? null : entity.aliases.find((a) => a.toLowerCase().includes(needle));
        return h(
          'li',
          {
            id: `${this.list.id}-${index}`,
            class: 'option',
            role: 'option',
            'aria-selected': 'false',
            dataset: { index: String(index), type: hit.type },
            onclick: () => this.pick(index),
          },
          h('span', { class: `dot ${hit.type}`, 'aria-hidden': 'true' }),
          h('span', { class: 'name' }, entity.name, alias ? h('span', { class: 'alias' }, ` (${alias})`) : null),
          h('span', { class: 'meta' }, hit.paper ? `Paper${hit.paper.year ? ` · ${hit.paper.year}` : ''}` : `${TYPE_LABEL[hit.type]} · ${plural(entity.paperCount, 'paper')}`),
        );
      }),
    );
    this.open();
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
    for (const option of this.list.querySelectorAll('[aria-selected="true"]')) option.setAttribute('aria-selected', 'false');
  }

  move(to) {
    const options = [...this.list.querySelectorAll('.option:not(.empty)')];
    if (options.length === 0) return;
    if (this.list.hidden) this.open();
    const next = ((to % options.length) + options.length) % options.length;
    options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = next;
    const option = options[next];
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  keydown(event) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (this.list.hidden && this.hits.length === 0) this.search();
        else this.move(this.list.hidden ? 0 : this.active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(this.active <= 0 ? this.hits.length - 1 : this.active - 1);
        break;
      case 'Home':
      case 'End':
        if (!this.list.hidden && this.active >= 0) {
          event.preventDefault();
          this.move(event.key === 'Home' ? 0 : this.hits.length - 1);
        }
        break;
      case 'Enter':
        if (!this.list.hidden && this.hits.length > 0) {
          event.preventDefault();
          this.pick(this.active >= 0 ? this.active : 0);
        } else if (this.input.value.trim() && !this.input.form?.querySelector('[type="submit"]')) {
          // No suggestion showing: take the typed name as it is.
          event.preventDefault();
          this.resolve().then((entity) => entity && this.onPick(entity));
        }
        break;
      case 'Escape':
        if (!this.list.hidden) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = '';
          this.picked = null;
          this.hits = [];
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }

  pick(index) {
    const hit = this.hits[index];
    if (!hit) return;
    if (hit.paper) {
      this.set(null);
      this.onPick({ paper: hit.paper });
      return;
    }
    this.set(hit.entity);
    this.onPick(hit.entity);
  }
}
