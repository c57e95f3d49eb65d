// Stated results: (paper)-[:REPORTS]->(result), and from the result to the entities it names:
// -[:FOR_METHOD]->(method), -[:ON_DATASET]->(dataset), -[:FOR_TASK]->(task), -[:IN_METRIC]->(metric).
// load-unlink has already removed the results of a reloaded paper, so these are its new ones.
UNWIND $results AS row
MATCH (p:Paper {id: row.paperId})
MERGE (r:Result {key: row.key})
SET r.metric = row.metric, r.value = row.value, r.score = row.score, r.unit = row.unit, r.kind = row.kind,
    r.evidence = row.evidence, r.confidence = row.confidence
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
CALL (r, row) {
  MATCH (t:Task:Entity {uid: row.taskUid})
  MERGE (r)-[:FOR_TASK]->(t)
}
CALL (r, row) {
  MATCH (m:Metric:Entity {uid: row.metricUid})
  MERGE (r)-[:IN_METRIC]->(m)
}
