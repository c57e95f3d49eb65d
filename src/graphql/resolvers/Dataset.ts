import type { DatasetResolvers } from '../generated.js';
import { datasetLeaderboards, datasetResults } from '../results.js';
import { cooccurring, entityFields } from './Entity.js';

export const Dataset: DatasetResolvers = {
  ...entityFields,
  methods: cooccurring('Method'),
  institutions: cooccurring('Institution'),
  results: (e, args, ctx) => datasetResults(e, args, ctx),
  leaderboards: (e, args, ctx) => datasetLeaderboards(e, args.first, ctx),
  tasks: cooccurring('Task'),
  metrics: cooccurring('Metric'),
};
