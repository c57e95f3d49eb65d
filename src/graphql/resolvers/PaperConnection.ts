import type { PaperConnectionResolvers } from '../generated.js';

export const PaperConnection: PaperConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
