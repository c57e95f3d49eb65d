// The explorer's only data source: the public GraphQL API at /graphql. Entities are kept and shown
// by their readable `uid` (`Dataset:coco`), papers by `paperId`; `id` may be opaque.

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

const ENTITY_REF = 'uid name type paperCount';
const LINK = `role evidence confidence entity { ${ENTITY_REF} }`;
const PAPER_CARD = `paperId arxivId title year published abstract authors entities { ${LINK} }`;
const RANKED = (field, n) => `${field}(first: ${n}) { totalCount edges { paperCount node { ${ENTITY_REF} } } }`;
const RESULT = `value score unit kind evidence metric { name } method { ${ENTITY_REF} } task { ${ENTITY_REF} } paper { paperId arxivId title year abstract }`;

export const STATS = `query Stats { stats { papers methods datasets institutions tasks synthetic } }`;

export const SEARCH = `query Search($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { type score entity { ${ENTITY_REF} aliases } }
}`;

/** Paper titles matching the typed words (beside the entity typeahead). */
export const PAPER_SEARCH = `query PaperSearch($text: String!) {
  papers(filter: { text: $text }, first: 5) { edges { node { ${PAPER_CARD} } } }
}`;

/** How many co-occurring entities of each kind, and papers, one expansion asks for. */
export const RANKED_PER_KIND = 15;
export const PAPERS_PER_EXPANSION = 15;
export const PAPERS_PER_PAGE = 10;

/** An entity's neighbourhood: its papers with every link they make, and its ranked co-occurrences. */
export const NEIGHBOURHOOD = `query Neighbourhood($type: EntityType!, $name: String!, $papers: Int!, $ranked: Int!) {
  entity(type: $type, name: $name) {
    ${ENTITY_REF} aliases
    papers(first: $papers) { totalCount edges { node { ${PAPER_CARD} } } }
    ... on Method { ${RANKED('datasets', '$ranked')} ${RANKED('relatedMethods', '$ranked')} ${RANKED('institutions', '$ranked')} }
    ... on Dataset { ${RANKED('methods', '$ranked')} ${RANKED('institutions', '$ranked')} }
    ... on Institution { ${RANKED('methods', '$ranked')} ${RANKED('datasets', '$ranked')} }
  }
}`;

/** The whole of one ranked list ("and 73 more methods"). */
export const RANKED_ALL = (field) => `query Ranked($type: EntityType!, $name: String!) {
  entity(type: $type, name: $name) { uid ... on ${field.on} { ${RANKED(field.name, 100)} } }
}`;

/** What the side panel shows for an entity (papers are paged separately). */
export const DETAILS = `query Details($type: EntityType!, $name: String!) {
  entity(type: $type, name: $name) {
    ${ENTITY_REF} aliases
    trend { year papers }
    ... on Method { proposedIn { paperId arxivId title abstract year } }
  }
}`;

/** A dataset's leaderboards: one per task and metric, best first by the metric's direction. */
export const LEADERBOARDS = `query Leaderboards($name: String!) {
  dataset(name: $name) {
    uid
    leaderboards(first: 20) {
      higherIsBetter metric { name } task { ${ENTITY_REF} }
      entries { rank method { ${ENTITY_REF} } result { ${RESULT} } }
    }
  }
}`;

/** Before the leaderboard resolvers: a dataset's stated results, grouped into boards by the page. */
export const DATASET_RESULTS = `query DatasetResults($name: String!) {
  dataset(name: $name) { uid results(first: 100) { ${RESULT} metric { name higherIsBetter } } }
}`;

/** The method × dataset table for a few methods. */
export const COMPARE = `query Compare($methods: [String!]!) {
  compare(methods: $methods) {
    methods { ${ENTITY_REF} } datasets { ${ENTITY_REF} } unknown
    cells { method { uid } dataset { uid } metric { name higherIsBetter } best { ${RESULT} } }
  }
}`;

export const PAPERS_PAGE = `query Papers($type: EntityType!, $name: String!, $first: Int!, $after: String, $role: Role) {
  entity(type: $type, name: $name) {
    uid
    papers(first: $first, after: $after, role: $role) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { ${PAPER_CARD} } }
    }
  }
}`;

export const PAPER = `query Paper($id: ID!) {
  paper(id: $id) {
    ${PAPER_CARD} categories urls
    results { metric { name } value evidence method { ${ENTITY_REF} } dataset { ${ENTITY_REF} } }
  }
}`;

export const PATH = `query Path($from: EntityRef!, $to: EntityRef!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    length
    steps {
      from { ${ENTITY_REF} } to { ${ENTITY_REF} }
      paper { paperId arxivId title year abstract }
      fromRole toRole fromEvidence toEvidence
    }
  }
}`;

export const ENTITY = `query Entity($type: EntityType!, $name: String!) { entity(type: $type, name: $name) { ${ENTITY_REF} } }`;
