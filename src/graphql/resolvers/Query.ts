import type { Context } from '../context.js';

export const Query = {
  stats: (_: unknown, __: unknown, ctx: Context) => ctx.repo.stats(),
};
