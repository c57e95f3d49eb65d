// Stated results: (paper)-[:REPORTS]->(result)-[:FOR_METHOD]->(method), -[:ON_DATASET]->(dataset).
UNWIND $results AS row
MATCH (p:Paper {id: row.paperId})
MERGE (r:Result {key: row.key})
SET r.metric = row.metric, r.value = row.value, r.score = row.score, r.evidence = row.evidence
MERGE (p)-[:REPORTS]->(r)
WITH r, row
CALL (r, row) {
  MATCH (m:Method:Entity {uid: row.methodUid})
  MERGE (r)-[:FOR_METHOD]->(m)
}
CALL (r, row) {
  MATCH (d:Dataset:Entity {uid: row.datasetUid})
  MERGE (r)-[:ON_DATASET]->(d)
}
