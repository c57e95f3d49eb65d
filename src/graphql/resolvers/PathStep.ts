import type { PathStepResolvers, Role } from '../generated.js';

export const PathStep: PathStepResolvers = {
  fromRole: (step) => step.fromRole as Role,
  toRole: (step) => step.toRole as Role,
};
