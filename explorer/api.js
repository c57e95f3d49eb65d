// The explorer's only data source: the public GraphQL API at /graphql.

export class ApiError extends Error {
  name = 'ApiError';
}

/** POSTs one operation as JSON (which Apollo's CSRF prevention accepts) and returns `data`. */
export async function gql(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    throw new ApiError('Cannot reach the papergraph server.');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} without JSON.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body.data) throw new ApiError(`The server answered ${response.status}.`);
  return body.data;
}

const ENTITY_REF = 'id name type paperCount';
const LINK = `role evidence confidence entity { ${ENTITY_REF} }`;
const PAPER_CARD = `id arxivId title year published abstract entities { ${LINK} }`;
const RANKED = (field, n) => `${field}(first: ${n}) { totalCount edges { paperCount node { ${ENTITY_REF} } } }`;

export const STATS = `query Stats { stats { papers methods datasets institutions } }`;

export const SEARCH = `query Search($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { type score entity { ${ENTITY_REF} aliases } }
}`;

/** How many co-occurring entities of each kind, and papers, one expansion asks for. */
export const RANKED_PER_KIND = 15;
export const PAPERS_PER_EXPANSION = 15;
export const PAPERS_PER_PAGE = 10;

/** An entity's neighbourhood: its papers with every link they make, and its ranked co-occurrences. */
export const NEIGHBOURHOOD = `query Neighbourhood($type: EntityType!, $name: String!, $papers: Int!) {
  entity(type: $type, name: $name) {
    ${ENTITY_REF} aliases
    papers(first: $papers) { totalCount edges { node { ${PAPER_CARD} } } }
    ... on Method { ${RANKED('datasets', RANKED_PER_KIND)} ${RANKED('relatedMethods', RANKED_PER_KIND)} ${RANKED('institutions', RANKED_PER_KIND)} }
    ... on Dataset { ${RANKED('methods', RANKED_PER_KIND)} ${RANKED('institutions', RANKED_PER_KIND)} }
    ... on Institution { ${RANKED('methods', RANKED_PER_KIND)} ${RANKED('datasets', RANKED_PER_KIND)} }
  }
}`;

/** What the side panel shows for an entity (papers are paged separately). */
export const DETAILS = `query Details($type: EntityType!, $name: String!) {
  entity(type: $type, name: $name) {
    ${ENTITY_REF} aliases
    trend { year papers }
    ... on Method { proposedIn { id title abstract year } }
    ... on Dataset {
      results(first: 20) { metric { name } value score evidence method { ${ENTITY_REF} } paper { id title abstract year } }
    }
  }
}`;

export const PAPERS_PAGE = `query Papers($type: EntityType!, $name: String!, $first: Int!, $after: String) {
  entity(type: $type, name: $name) {
    id
    papers(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { ${PAPER_CARD} } }
    }
  }
}`;

export const PAPER = `query Paper($id: ID!) {
  paper(id: $id) {
    ${PAPER_CARD} authors categories urls
    results { metric { name } value evidence method { ${ENTITY_REF} } dataset { ${ENTITY_REF} } }
  }
}`;

export const PATH = `query Path($from: EntityRef!, $to: EntityRef!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    steps {
      from { ${ENTITY_REF} } to { ${ENTITY_REF} }
      paper { id arxivId title year abstract }
      fromRole toRole fromEvidence toEvidence
    }
  }
}`;
