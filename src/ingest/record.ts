/** Where a record came from: the file and the 1-based line of its first line. */
export interface Source {
  file: string;
  line: number;
}

/** ISO 639-1 code where we can tell (`en`, `zh`), else a script tag such as `und-Cyrl`. */
export type Language = string;

/** One abstract as read from any input format, before extraction. */
export interface PaperRecord {
  /** arXiv id without version when known, else the given id, else `sha256:<16 hex>` of the normalised text. */
  id: string;
  arxivId?: string;
  title?: string;
  abstract: string;
  /** ISO date (YYYY-MM-DD). */
  published?: string;
  comment?: string;
  language: Language;
  authors: string[];
  categories: string[];
  /** Affiliation header lines that apply to this record. */
  affiliations: string[];
  /** Code and data links found in the text. */
  urls: string[];
  /** First place the record was met. */
  source: Source;
  /** Every place the same paper was met (duplicates merged), first one first. */
  sources: Source[];
  /**
   * Set when this record repeats a paper already yielded under the same `id`
   * (same arXiv id in any version, or the same normalised text): consumers merge
   * `sources` into the existing paper instead of counting a new one.
   */
  duplicate?: true;
  /** A `translated by …` marker followed the abstract in a text dump. */
  machineTranslated?: true;
  /** Invented by `papergraph generate`, not a real paper. */
  synthetic?: true;
}

/** A record or file that could not be read, reported as `file:line: reason`. */
export interface Reject {
  file: string;
  line: number;
  reason: string;
}
