// Upserts papers and clears the links and results of their previous load, so a re-extracted
// paper ends with exactly its new links (no stale ones).
UNWIND $papers AS row
MERGE (p:Paper {id: row.id})
SET p += row.props, p.year = toInteger(row.props.year), p.fingerprint = row.fingerprint, p.sources = row.sources
WITH p
CALL (p) {
  OPTIONAL MATCH (p)-[link:PROPOSES|USES|EVALUATES_ON|AFFILIATED_WITH|MENTIONS]->(:Entity)
  DELETE link
}
CALL (p) {
  OPTIONAL MATCH (p)-[:REPORTS]->(result:Result)
  DETACH DELETE result
}
