/** How a file's bytes are to be read, decided from its first chunk. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A whole file that cannot be read; reported once as `file:0: reason`. */
export class FileRejected extends Error {}

export interface Sniffed {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  bomBytes: number;
}

// Share of control bytes above which a BOM-less file is taken for binary: plain
// text has almost none besides tabs and line ends, binaries have many.
const CONTROL_SHARE_LIMIT = 0.1;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** Reads the BOM, or rejects the file as binary when it holds NULs or many control bytes. */
export function sniff(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  let control = 0;
  for (const byte of head) {
    if (byte === 0) throw new FileRejected('binary file (NUL bytes)');
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) control++;
  }
  if (head.length > 0 && control / head.length > CONTROL_SHARE_LIMIT) {
    throw new FileRejected(`binary file (${Math.round((100 * control) / head.length)}% control bytes)`);
  }
  return { encoding: 'utf-8', bomBytes: 0 };
}
