import { pageSize } from '../args.js';
import type { DatasetResolvers } from '../generated.js';
import { cooccurring, entityFields } from './Entity.js';

export const Dataset: DatasetResolvers = {
  ...entityFields,
  methods: cooccurring('Method'),
  institutions: cooccurring('Institution'),
  results: (e, args, ctx) => ctx.loaders.datasetResults.load({ uid: e.uid, metric: args.metric ?? null, limit: pageSize(args.first) }),
};
