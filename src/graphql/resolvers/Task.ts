import { pageSize } from '../args.js';
import type { TaskResolvers } from '../generated.js';
import { cooccurring, entityFields } from './Entity.js';

export const Task: TaskResolvers = {
  ...entityFields,
  datasets: cooccurring('Dataset'),
  methods: cooccurring('Method'),
  metrics: cooccurring('Metric'),
  leaderboards: (e, args, ctx) => ctx.loaders.taskLeaderboards.load({ uid: e.uid, limit: pageSize(args.first, 10) }),
};
