import type { MetricResolvers } from '../generated.js';
import { entityFields } from './Entity.js';

export const Metric: MetricResolvers = {
  ...entityFields,
  higherIsBetter: () => true,
};
