// The API benchmark's operation mix: each operation written twice, against papergraph's schema
// (schema/schema.graphql) and against bench/api/neo4j-graphql.graphql, asking for the same data.
// `size` reduces a response to a few numbers, so the two servers' answers can be compared.
//
// Known differences, none of which changes how much work a request is:
// - Names: papergraph's lookups are alias-aware and case-insensitive; @neo4j/graphql matches
//   `name` exactly, so the variables are canonical names (both find the same entity).
// - methodPapers: papergraph sorts papers without a date last; @neo4j/graphql's `published: DESC`
//   puts them first (Cypher's null ordering), so the page can hold other papers (same sizes).
// - A paper's entity links: papergraph has one `entities` list with a role per link;
//   @neo4j/graphql has one connection field per (relationship type, target label) pair: the
//   role is the field, all eight roles, and every label each can reach (ROLES_OF_TYPE).
// - A method's papers: papergraph's `method.papers` (no role) follows every role a paper can give
//   a method (ROLES_OF_TYPE.Method: PROPOSES, USES, COMPARES, MENTIONS); the @neo4j/graphql
//   filter is the same four, on their Method fields.

const entity = 'id name type paperCount';
const neoEntity = 'uid name type paperCount';
const ranked = (field, first) => `${field}(first: ${first}) { totalCount edges { paperCount node { ${entity} } } }`;
const neoRanked = (field, first) =>
  `${field}Connection(first: ${first}, sort: [{ edge: { papers: DESC } }, { node: { uid: ASC } }]) { totalCount edges { properties { papers } node { ${neoEntity} } } }`;
const links = `entities { role evidence confidence entity { ${entity} } }`;
// Every (role, label) pair of src/graph/vocabulary.ts ROLES_OF_TYPE, as the baseline schema's fields.
const neoLinkFields = [
  ...['proposes', 'uses', 'compares'].flatMap((role) => [`${role}Method`, `${role}Dataset`]),
  'evaluatesOn',
  ...['Method', 'Dataset', 'Institution', 'Task', 'Metric'].map((label) => `mentions${label}`),
  'affiliatedWith',
  'addresses',
  'measuredBy',
];
const neoLinks = neoLinkFields
  .map((field) => `${field}Connection { edges { properties { evidence confidence } node { ${neoEntity} } } }`)
  .join(' ');
const paperFields = 'id title published year';

const count = (list) => list?.length ?? 0;
const neoLinkCount = (paper) =>
  neoLinkFields.reduce((sum, field) => sum + count(paper[`${field}Connection`]?.edges), 0);
// A paper linked to the method named $name by any role a method can have.
const neoMethodPaper = `OR: [${['proposesMethod', 'usesMethod', 'comparesMethod', 'mentionsMethod']
  .map((field) => `{ ${field}: { some: { name: { eq: $name } } } }`)
  .join(', ')}]`;
const statsFields = ['papers', 'methods', 'datasets', 'institutions', 'tasks', 'metrics'];
const sharedSum = (edges, of) => edges.reduce((sum, edge) => sum + of(edge), 0);

export const operations = [
  {
    name: 'datasetMethods',
    about: 'a dataset by name, its top 10 co-occurring methods by shared papers, counts',
    papergraph: `query ($name: String!) { dataset(name: $name) { ${entity} ${ranked('methods', 10)} } }`,
    neo4jGraphql: `query ($name: String!) { datasets(where: { name: { eq: $name } }) { ${neoEntity} ${neoRanked('methods', 10)} } }`,
    variables: (v, i) => ({ name: v.datasets[i % v.datasets.length] }),
    size: {
      papergraph: (d) => [
        count(d.dataset?.methods.edges),
        d.dataset?.methods.totalCount,
        sharedSum(d.dataset?.methods.edges ?? [], (e) => e.paperCount),
      ],
      neo4jGraphql: (d) => {
        const c = d.datasets[0]?.methodsConnection;
        return [count(c?.edges), c?.totalCount, sharedSum(c?.edges ?? [], (e) => e.properties.papers)];
      },
    },
  },
  {
    name: 'methodPapers',
    about: "a method's papers, newest first (page of 20, total), each with all its entity links",
    papergraph: `query ($name: String!) { method(name: $name) { ${entity} papers(first: 20) { totalCount edges { node { ${paperFields} ${links} } } } } }`,
    neo4jGraphql: `query ($name: String!) { papersConnection(first: 20, where: { ${neoMethodPaper} }, sort: [{ published: DESC }, { id: ASC }]) { totalCount edges { node { ${paperFields} ${neoLinks} } } } }`,
    variables: (v, i) => ({ name: v.methods[i % v.methods.length] }),
    size: {
      papergraph: (d) => [count(d.method?.papers.edges), d.method?.papers.totalCount],
      neo4jGraphql: (d) => [count(d.papersConnection.edges), d.papersConnection.totalCount],
    },
  },
  {
    name: 'paper',
    about: 'a paper by id with its entity links and their evidence',
    papergraph: `query ($id: ID!) { paper(id: $id) { ${paperFields} abstract authors categories ${links} } }`,
    neo4jGraphql: `query ($id: ID!) { papers(where: { id: { eq: $id } }) { ${paperFields} abstract authors categories ${neoLinks} } }`,
    variables: (v, i) => ({ id: v.papers[i % v.papers.length] }),
    size: {
      papergraph: (d) => [d.paper ? 1 : 0, count(d.paper?.entities), d.paper?.abstract.length],
      neo4jGraphql: (d) => [count(d.papers), d.papers[0] ? neoLinkCount(d.papers[0]) : 0, d.papers[0]?.abstract.length],
    },
  },
  {
    name: 'papersFilter',
    about: 'papers evaluated on a dataset since 2020 (page of 20, total)',
    papergraph: `query ($name: String!) { papers(filter: { dataset: $name, role: EVALUATES_ON, from: "2020" }, first: 20) { totalCount edges { node { ${paperFields} } } } }`,
    neo4jGraphql: `query ($name: String!) { papersConnection(first: 20, where: { evaluatesOn: { some: { name: { eq: $name } } }, published: { gte: "2020" } }, sort: [{ published: DESC }, { id: ASC }]) { totalCount edges { node { ${paperFields} } } } }`,
    variables: (v, i) => ({ name: v.datasets[(i * 7) % v.datasets.length] }),
    size: {
      papergraph: (d) => [count(d.papers.edges), d.papers.totalCount],
      neo4jGraphql: (d) => [count(d.papersConnection.edges), d.papersConnection.totalCount],
    },
  },
  {
    name: 'institution',
    about: "an institution's top 10 methods and top 10 datasets by shared papers, counts",
    papergraph: `query ($name: String!) { institution(name: $name) { ${entity} ${ranked('methods', 10)} ${ranked('datasets', 10)} } }`,
    neo4jGraphql: `query ($name: String!) { institutions(where: { name: { eq: $name } }) { ${neoEntity} ${neoRanked('methods', 10)} ${neoRanked('datasets', 10)} } }`,
    variables: (v, i) => ({ name: v.institutions[i % v.institutions.length] }),
    size: {
      papergraph: (d) => [
        count(d.institution?.methods.edges),
        d.institution?.methods.totalCount,
        count(d.institution?.datasets.edges),
        d.institution?.datasets.totalCount,
      ],
      neo4jGraphql: (d) => {
        const i = d.institutions[0];
        return [
          count(i?.methodsConnection.edges),
          i?.methodsConnection.totalCount,
          count(i?.datasetsConnection.edges),
          i?.datasetsConnection.totalCount,
        ];
      },
    },
  },
  {
    name: 'relatedMethods',
    about: "a method's top 10 related methods, each with its top 5 datasets (nested lists)",
    papergraph: `query ($name: String!) { method(name: $name) { ${entity} relatedMethods(first: 10) { totalCount edges { paperCount node { ${entity} ${ranked('datasets', 5)} } } } } }`,
    neo4jGraphql: `query ($name: String!) { methods(where: { name: { eq: $name } }) { ${neoEntity} relatedMethodsConnection(first: 10, sort: [{ edge: { papers: DESC } }, { node: { uid: ASC } }]) { totalCount edges { properties { papers } node { ${neoEntity} ${neoRanked('datasets', 5)} } } } } }`,
    variables: (v, i) => ({ name: v.methods[(i * 5 + 3) % v.methods.length] }),
    size: {
      papergraph: (d) => {
        const c = d.method?.relatedMethods;
        return [count(c?.edges), c?.totalCount, sharedSum(c?.edges ?? [], (e) => count(e.node.datasets.edges))];
      },
      neo4jGraphql: (d) => {
        const c = d.methods[0]?.relatedMethodsConnection;
        return [count(c?.edges), c?.totalCount, sharedSum(c?.edges ?? [], (e) => count(e.node.datasetsConnection.edges))];
      },
    },
  },
  {
    name: 'search',
    about: 'typeahead: methods whose name or alias (full-text index) or key starts with 3 letters, top 10',
    papergraph: `query ($text: String!) { search(text: $text, types: [METHOD], first: 10) { score entity { ${entity} } } }`,
    // papergraph (cypher/api-search.cypher) turns a 3-letter word into the Lucene query `abc*`
    // and also takes the entities whose key, or an alias's key, starts with it (`rgc` finds
    // R-GCN, which Lucene's tokens r / gcn miss); the same three lookups here, the answer their
    // union, at most 10.
    neo4jGraphql: `query ($phrase: String!, $key: String!, $aliasId: ID!) {
      methodsByName(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { score node { ${neoEntity} } } }
      methods(where: { key: { startsWith: $key } }, limit: 10, sort: [{ paperCount: DESC }]) { ${neoEntity} }
      aliases(where: { id: { startsWith: $aliasId } }) { methods { ${neoEntity} } } }`,
    variables: (v, i) => {
      const prefix = v.prefixes[i % v.prefixes.length]; // [a-z0-9]{3}: already a key (src/graph/key.ts)
      return { text: prefix, phrase: `${prefix}*`, key: prefix, aliasId: `Method:${prefix}` };
    },
    size: {
      papergraph: (d) => [count(d.search)],
      neo4jGraphql: (d) => [
        Math.min(
          10,
          new Set([
            ...d.methodsByName.edges.map((e) => e.node.uid),
            ...d.methods.map((m) => m.uid),
            ...d.aliases.flatMap((a) => a.methods.map((m) => m.uid)),
          ]).size,
        ),
      ],
    },
  },
  {
    name: 'stats',
    about: 'counts of papers, methods, datasets, institutions, tasks, metrics',
    papergraph: `{ stats { ${statsFields.join(' ')} } }`,
    neo4jGraphql: `{ ${statsFields.map((t) => `${t}Connection { aggregate { count { nodes } } }`).join(' ')} }`,
    variables: () => ({}),
    size: {
      papergraph: (d) => statsFields.map((t) => d.stats[t]),
      neo4jGraphql: (d) => statsFields.map((t) => d[`${t}Connection`].aggregate.count.nodes),
    },
  },
];

/**
 * Variables drawn from the loaded graph: entities across the popularity range (not only the
 * biggest), paper ids spread over the id order, 3-letter prefixes of method names.
 */
export async function pickVariables(db, perKind = 24) {
  const session = db.driver.session();
  const spread = async (label) => {
    const { records } = await session.run(
      `MATCH (e:${label}) WHERE e.paperCount >= 3 RETURN e.name AS name ORDER BY e.paperCount DESC, e.uid`,
    );
    const names = records.map((r) => r.get('name'));
    const step = Math.max(1, names.length / perKind);
    return Array.from({ length: Math.min(perKind, names.length) }, (_, i) => names[Math.floor(i * step)]);
  };
  try {
    const datasets = await spread('Dataset');
    const methods = await spread('Method');
    const institutions = await spread('Institution');
    const { records } = await session.run(
      'MATCH (p:Paper) WITH p ORDER BY p.id WITH collect(p.id) AS ids RETURN [i IN range(0, 47) | ids[toInteger(i * size(ids) / 48)]] AS ids',
    );
    const papers = records[0].get('ids');
    const prefixes = [
      ...new Set(
        methods
          .map((name) =>
            name
              .toLowerCase()
              .replace(/[^a-z0-9]/g, '')
              .slice(0, 3),
          )
          .filter((p) => p.length === 3),
      ),
    ];
    return { datasets, methods, institutions, papers, prefixes };
  } finally {
    await session.close();
  }
}

/** Request bodies for every operation: `rotation` variable sets each, per server flavour. */
export function buildBodies(vars, rotation = 24) {
  return operations.map((op) => {
    const bodies = { papergraph: [], neo4jGraphql: [] };
    for (let i = 0; i < rotation; i++) {
      const variables = op.variables(vars, i);
      // Each query declares only the variables it uses; unused ones would be rejected.
      const pick = (query) => Object.fromEntries(Object.entries(variables).filter(([k]) => query.includes(`$${k}`)));
      bodies.papergraph.push(JSON.stringify({ query: op.papergraph, variables: pick(op.papergraph) }));
      bodies.neo4jGraphql.push(JSON.stringify({ query: op.neo4jGraphql, variables: pick(op.neo4jGraphql) }));
    }
    return { op, bodies };
  });
}
