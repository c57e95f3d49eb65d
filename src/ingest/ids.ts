// Paper ids are part of the graph's vocabulary (the read side parses them too).
export { parseArxivId, textHash, isoDay, dayOf } from '../graph/ids.js';
