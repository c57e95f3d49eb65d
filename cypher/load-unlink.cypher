// Clears the links and results of papers loaded before, so a re-extracted paper ends with
// exactly its new links (no stale ones).
UNWIND $ids AS id
MATCH (p:Paper {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[link:{{ROLES}}]->(:Entity)
  DELETE link
}
CALL (p) {
  OPTIONAL MATCH (p)-[:REPORTS]->(result:Result)
  DETACH DELETE result
}
