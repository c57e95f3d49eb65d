import { API_TYPE } from '../args.js';
import type { SearchHitResolvers } from '../generated.js';

export const SearchHit: SearchHitResolvers = {
  type: (hit) => API_TYPE[hit.entity.type],
};
