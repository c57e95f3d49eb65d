import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isGzip } from './sniff.js';

const CHUNK_BYTES = 64 * 1024;

/** The file's bytes in chunks, gunzipped when it starts with the gzip magic (whatever its name). */
export async function openChunks(file: string): Promise<AsyncIterable<Uint8Array>> {
  const handle = await open(file, 'r');
  let magic: Uint8Array;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    magic = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  if (!isGzip(magic)) return raw;
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  // pipeline forwards a read error to gunzip, which the reader's `for await` then throws.
  pipeline(raw, gunzip, () => {});
  return gunzip;
}

/** Which reader a file needs, by its name without `.gz`. */
export function formatOf(file: string): 'json' | 'text' {
  return /\.(?:jsonl|ndjson|json)(?:\.gz)?$/i.test(file) ? 'json' : 'text';
}
