import type { Context } from '../context.js';
import type { MethodResolvers } from '../generated.js';
import type { EntityModel } from '../models.js';
import { methodResults } from '../results.js';
import { cooccurring, entityFields } from './Entity.js';

export const Method: MethodResolvers = {
  ...entityFields,
  datasets: cooccurring('Dataset'),
  relatedMethods: cooccurring('Method'),
  institutions: cooccurring('Institution'),
  proposedIn: (e: EntityModel, _: unknown, ctx: Context) => ctx.loaders.proposedIn.load(e.uid),
  tasks: cooccurring('Task'),
  results: (e, args, ctx) => methodResults(e, args, ctx),
};
