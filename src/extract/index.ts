/** Public API of extraction: records in, papers with linked entities out. */
export { extractPaper, EXTRACTOR_VERSION, MIN_CONFIDENCE } from './paper.js';
export { extractStream, defaultWorkers, type StreamOptions } from './stream.js';
export type { ExtractedPaper, ExtractedEntity, ExtractedResult, EntityType, Role } from './types.js';
