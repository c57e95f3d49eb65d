import { MODEL_TYPE } from '../args.js';
import type { PaperResolvers, Source } from '../generated.js';

/** Sources are stored as `file:line`; the file part may itself contain colons. */
const source = (text: string): Source => {
  const at = text.lastIndexOf(':');
  return { file: text.slice(0, at), line: Number(text.slice(at + 1)) };
};

export const Paper: PaperResolvers = {
  paperId: (p) => p.id,
  authors: (p) => p.authors ?? [],
  categories: (p) => p.categories ?? [],
  urls: (p) => p.urls ?? [],
  source: (p) => source(p.sources?.[0] ?? ':0'),
  sources: (p) => (p.sources ?? []).map(source),
  entities: async (p, args, ctx) => {
    const links = await ctx.loaders.links.load(p.id);
    return links.filter((link) => (!args.type || link.entity.type === MODEL_TYPE[args.type]) && (!args.role || link.role === args.role));
  },
  results: (p, _, ctx) => ctx.loaders.results.load(p.id),
};
