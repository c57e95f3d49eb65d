import type { MetricResolvers } from '../generated.js';
import { metricDirection } from '../results.js';
import { cooccurring, entityFields } from './Entity.js';

export const Metric: MetricResolvers = {
  ...entityFields,
  higherIsBetter: (e, _, ctx) => metricDirection(e, ctx),
  datasets: cooccurring('Dataset'),
  tasks: cooccurring('Task'),
};
