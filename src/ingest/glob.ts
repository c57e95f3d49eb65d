// Node 20 has no fs.glob, and shells leave quoted patterns alone, so patterns are
// expanded here: `*`, `?`, `[abc]`/`[!abc]`, `{a,b}` and `**` (any depth).

const GLOB_CHARS = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** The directory to walk: the pattern's segments before the first one with a glob character. */
export function globBase(pattern: string): { base: string; rest: string[] } {
  const segments = pattern.split('/');
  const first = segments.findIndex((segment) => isGlob(segment));
  const baseSegments = segments.slice(0, first);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, rest: segments.slice(first) };
}

/** A regular expression for a whole relative path (segments joined by `/`). */
export function globToRegExp(rest: string[]): RegExp {
  const parts = rest.map((segment) => (segment === '**' ? '**' : segmentSource(segment)));
  let source = '';
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    if (part === '**') source += last ? '.*' : '(?:[^/]+/)*';
    else source += part + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

function segmentSource(segment: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) out += '\\[';
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (char === '{') {
      braces++;
      out += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (char === ',' && braces > 0) out += '|';
    else out += char.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out + ')'.repeat(braces);
}
