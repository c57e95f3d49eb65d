import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';

/**
 * The `Date` and `URL` scalars. Inputs are checked when the request is read, so a bad date in a
 * filter is a `BAD_USER_INPUT` before any database work, with a message that says what fits.
 */

/** A value a scalar refuses. In a literal it fails validation; formatError gives it back its code. */
export class ScalarInputError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

const badInput = (message: string) => new ScalarInputError(message);

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real year, month or day; else undefined. */
export function calendarDate(text: string): string | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day !== undefined) {
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return undefined;
  }
  return text;
}

function parseDate(value: unknown): string {
  const date = typeof value === 'string' ? calendarDate(value) : undefined;
  if (date === undefined) {
    throw badInput(`dates must look like 2024, 2024-05 or 2024-05-17 (a real year, month or day), not ${JSON.stringify(value)}`);
  }
  return date;
}

/** An absolute http(s) URL as the WHATWG parser writes it; `www.…` gets `https://`; else undefined. */
export function absoluteUrl(text: string): string | undefined {
  const candidate = /^www\./i.test(text) ? `https://${text}` : text;
  if (!URL.canParse(candidate)) return undefined;
  const url = new URL(candidate);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

function parseUrl(value: unknown): string {
  const url = typeof value === 'string' && value.length <= 2048 ? absoluteUrl(value) : undefined;
  if (url === undefined) throw badInput(`URL must be an absolute http or https URL, not ${JSON.stringify(value)}`);
  return url;
}

// Variables are not inlined here: a literal that is a variable reaches parseValue instead.
const literal = (parse: (value: unknown) => string) => (node: ValueNode) =>
  parse(node.kind === Kind.STRING ? node.value : valueFromASTUntyped(node));

/** Values leaving the server are checked too: a stored value that is not one is an error, not a guess. */
const serialize = (parse: (value: unknown) => string, name: string) => (value: unknown) => {
  try {
    return parse(value);
  } catch {
    throw new GraphQLError(`${name} cannot represent ${JSON.stringify(value)}`);
  }
};

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: serialize(parseDate, 'Date'),
  parseValue: parseDate,
  parseLiteral: literal(parseDate),
});

export const UrlScalar = new GraphQLScalarType({
  name: 'URL',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3986',
  serialize: serialize(parseUrl, 'URL'),
  parseValue: parseUrl,
  parseLiteral: literal(parseUrl),
});
