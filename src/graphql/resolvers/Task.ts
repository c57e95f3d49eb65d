import type { TaskResolvers } from '../generated.js';
import { entityFields } from './Entity.js';

export const Task: TaskResolvers = {
  ...entityFields,
};
