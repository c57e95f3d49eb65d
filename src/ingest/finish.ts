import { cleanText, dedupeKeyText } from './clean.js';
import type { PaperKeys } from './dedupe.js';
import { textHash } from './ids.js';
import { detectLanguage } from './language.js';
import type { RawRecord } from './raw.js';
import type { PaperRecord } from './record.js';
import { findUrls } from './urls.js';

/** A cleaned record and the keys under which a repeat of it would be recognised. */
export interface Finished {
  record: PaperRecord;
  keys: PaperKeys;
}

/** Cleans the text, derives id, language and links; undefined when nothing readable is left. */
export function finishRecord(raw: RawRecord, file: string): Finished | undefined {
  const abstract = cleanText(raw.abstract);
  const keyText = dedupeKeyText(abstract);
  if (keyText === '') return undefined;
  const hash = textHash(keyText);
  // join() builds a flat string; a template would keep a two-part string alive per paper.
  const id = raw.arxivId ?? raw.givenId ?? ['sha256', hash].join(':');
  const source = { file, line: raw.line };
  const record: PaperRecord = {
    id,
    ...(raw.arxivId ? { arxivId: raw.arxivId } : {}),
    ...(raw.title ? { title: cleanText(raw.title) } : {}),
    abstract,
    ...(raw.published ? { published: raw.published } : {}),
    ...(raw.comment ? { comment: raw.comment } : {}),
    language: detectLanguage(abstract),
    authors: raw.authors ?? [],
    categories: raw.categories ?? [],
    affiliations: raw.affiliations ?? [],
    urls: findUrls(abstract),
    source,
    sources: [source],
    ...(raw.machineTranslated ? { machineTranslated: true as const } : {}),
    ...(raw.synthetic ? { synthetic: true as const } : {}),
  };
  const paperId = raw.arxivId ?? raw.givenId;
  return { record, keys: paperId === undefined ? { text: hash } : { text: hash, id: paperId } };
}
