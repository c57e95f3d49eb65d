import { MODEL_TYPE } from '../args.js';
import type { PaperResolvers, Source } from '../generated.js';
import { paperGlobalId } from '../global-id.js';
import { absoluteUrl, calendarDate } from '../scalars.js';

/** Sources are stored as `file:line`; the file part may itself contain colons. */
const source = (text: string): Source => {
  const at = text.lastIndexOf(':');
  return { file: text.slice(0, at), line: Number(text.slice(at + 1)) };
};

export const Paper: PaperResolvers = {
  id: (p) => paperGlobalId(p.id),
  paperId: (p) => p.id,
  // The loader writes full days; anything else in the graph is not a Date, so it is not shown as one.
  published: (p) => (p.published && /^\d{4}-\d{2}-\d{2}$/.test(p.published) ? (calendarDate(p.published) ?? null) : null),
  authors: (p) => p.authors ?? [],
  categories: (p) => p.categories ?? [],
  // Links as found in text; one that no URL parser accepts is left out rather than failing the list.
  urls: (p) => (p.urls ?? []).flatMap((url) => absoluteUrl(url) ?? []),
  source: (p) => source(p.sources?.[0] ?? ':0'),
  sources: (p) => (p.sources ?? []).map(source),
  entities: async (p, args, ctx) => {
    const links = await ctx.loaders.links.load(p.id);
    return links.filter((link) => (!args.type || link.entity.type === MODEL_TYPE[args.type]) && (!args.role || link.role === args.role));
  },
  results: (p, _, ctx) => ctx.loaders.results.load(p.id),
};
