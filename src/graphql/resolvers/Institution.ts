import type { InstitutionResolvers } from '../generated.js';
import { cooccurring, entityFields } from './Entity.js';

export const Institution: InstitutionResolvers = {
  ...entityFields,
  methods: cooccurring('Method'),
  datasets: cooccurring('Dataset'),
};
