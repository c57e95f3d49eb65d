import { Query } from './Query.js';

export const resolvers = { Query };
