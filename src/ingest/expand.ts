import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { globBase, globToRegExp, isGlob } from './glob.js';
import type { OnReject } from './raw.js';

/**
 * The files named by `inputs`, in order: a file as given, a directory's files
 * recursively (sorted, hidden entries skipped), a glob's matches (sorted). Paths
 * that cannot be read are reported as `path:0: reason` and skipped.
 */
export async function* expandInputs(inputs: string[], onReject: OnReject = () => {}): AsyncGenerator<string> {
  for (const input of inputs) {
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) yield* walk(input, onReject, new Set());
      else if (info.isFile()) yield input;
      else onReject({ file: input, line: 0, reason: 'not a regular file' });
    } else if (info.code === 'ENOENT' && isGlob(input)) {
      let matched = false;
      for await (const file of matchGlob(input, onReject)) {
        matched = true;
        yield file;
      }
      if (!matched) onReject({ file: input, line: 0, reason: 'no files match this pattern' });
    } else {
      onReject({ file: input, line: 0, reason: describe(info) });
    }
  }
}

async function* matchGlob(pattern: string, onReject: OnReject): AsyncGenerator<string> {
  const normalised = pattern.split(sep).join('/');
  const { base, rest } = globBase(normalised);
  const regex = globToRegExp(rest);
  // Without `**` no match lies deeper than the pattern's own segments.
  const maxDepth = rest.includes('**') ? Infinity : rest.length;
  for await (const file of walk(base, onReject, new Set(), maxDepth)) {
    if (regex.test(relative(base, file).split(sep).join('/'))) yield file;
  }
}

async function* walk(dir: string, onReject: OnReject, visited: Set<string>, depth = Infinity): AsyncGenerator<string> {
  if (depth <= 0) return;
  // Symlinked directories are followed once: their real path guards against loops.
  const real = await realpath(dir).catch(() => dir);
  if (visited.has(real)) return;
  visited.add(real);
  let names: string[];
  try {
    names = [];
    for await (const entry of await opendir(dir)) if (!entry.name.startsWith('.')) names.push(entry.name);
  } catch (error) {
    onReject({ file: dir, line: 0, reason: describe(error as NodeJS.ErrnoException) });
    return;
  }
  for (const name of names.sort()) {
    const path = dir === '.' ? name : join(dir, name);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) onReject({ file: path, line: 0, reason: describe(info) });
    else if (info.isDirectory()) yield* walk(path, onReject, visited, depth - 1);
    else if (info.isFile()) yield path;
  }
}

export function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error.message;
  }
}
