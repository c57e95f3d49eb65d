// Leaderboards of tasks: per request {id, task, limit}, one board per dataset and metric with
// results stated for the task, each method's best absolute result (see fragment-leaderboard-rank).
UNWIND $requests AS request
MATCH (t:Task:Entity {uid: request.task})
CALL (request, t) {
  MATCH (t)<-[:FOR_TASK]-(r:Result)-[:IN_METRIC]->(m:Metric)
  WHERE r.score IS NOT NULL AND coalesce(r.kind, 'ABSOLUTE') = 'ABSOLUTE'
  MATCH (r)-[:ON_DATASET]->(d:Dataset)
  MATCH (r)-[:FOR_METHOD]->(method:Method)
  MATCH (p:Paper)-[:REPORTS]->(r)
  WITH request, {dataset: d.uid, metric: m.uid, task: t.uid} AS board, m, method, p, r
// @include fragment-leaderboard-rank
}
RETURN request.id AS id, board, higherIsBetter, size, entries
