import { HashOrdinals } from './hash-table.js';
import type { PaperRecord, Source } from './record.js';

/** What identifies a paper: its text hash, and its arXiv or given id when it has one. */
export interface PaperKeys {
  text: string;
  id?: string;
}

/**
 * Remembers which papers were yielded, by small keys only (arXiv id, given id, text
 * hash) so memory grows by a few dozen bytes a paper, never by a record. First sources
 * sit in typed arrays; the full source list is kept only for papers met twice.
 */
export class DuplicateIndex {
  private readonly ordinalByText = new HashOrdinals();
  private readonly ordinalById = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private firstFile: Uint32Array = new Uint32Array(1024);
  private firstLine: Uint32Array = new Uint32Array(1024);
  private readonly repeated = new Map<number, Source[]>();

  /**
   * Returns the record to yield: unchanged for a new paper; for a paper met before,
   * the same record under the first one's id, with every source so far and `duplicate`.
   */
  admit(record: PaperRecord, keys: PaperKeys): PaperRecord {
    const ordinal = (keys.id === undefined ? undefined : this.ordinalById.get(keys.id)) ?? this.ordinalByText.get(keys.text);
    if (ordinal === undefined) {
      const fresh = this.ids.length;
      this.remember(fresh, record);
      this.learn(keys, fresh);
      return record;
    }
    // A later version may bring a key the first lacked (an arXiv id): learn it too.
    this.learn(keys, ordinal);
    const sources = this.repeated.get(ordinal) ?? [this.firstSource(ordinal)];
    sources.push(record.source);
    this.repeated.set(ordinal, sources);
    return { ...record, id: this.ids[ordinal]!, source: sources[0]!, sources: [...sources], duplicate: true };
  }

  private learn(keys: PaperKeys, ordinal: number): void {
    this.ordinalByText.add(keys.text, ordinal);
    if (keys.id !== undefined && !this.ordinalById.has(keys.id)) this.ordinalById.set(keys.id, ordinal);
  }

  private remember(ordinal: number, record: PaperRecord): void {
    if (ordinal === this.firstFile.length) {
      this.firstFile = grow(this.firstFile);
      this.firstLine = grow(this.firstLine);
    }
    let file = this.fileIndex.get(record.source.file);
    if (file === undefined) {
      file = this.files.push(record.source.file) - 1;
      this.fileIndex.set(record.source.file, file);
    }
    this.ids.push(record.id);
    this.firstFile[ordinal] = file;
    this.firstLine[ordinal] = record.source.line;
  }

  private firstSource(ordinal: number): Source {
    return { file: this.files[this.firstFile[ordinal]!]!, line: this.firstLine[ordinal]! };
  }
}

function grow(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
