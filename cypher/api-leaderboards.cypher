// Leaderboards of datasets: per request {id, dataset, metric?, task?, byTask, limit}, one board per
// metric (and per task when `byTask`; else only results of `task` when one is given) with each
// method's best absolute result. Deltas and results without a method or score never rank.
UNWIND $requests AS request
MATCH (d:Dataset:Entity {uid: request.dataset})
CALL (request, d) {
  MATCH (d)<-[:ON_DATASET]-(r:Result)-[:IN_METRIC]->(m:Metric)
  WHERE (request.metric IS NULL OR m.uid = request.metric) AND r.score IS NOT NULL AND coalesce(r.kind, 'ABSOLUTE') = 'ABSOLUTE'
  MATCH (r)-[:FOR_METHOD]->(method:Method)
  MATCH (p:Paper)-[:REPORTS]->(r)
  OPTIONAL MATCH (r)-[:FOR_TASK]->(t:Task)
  WITH request, d, m, method, p, r, t
  WHERE request.task IS NULL OR t.uid = request.task
  WITH request, {dataset: d.uid, metric: m.uid, task: CASE WHEN request.byTask THEN t.uid ELSE request.task END} AS board, m, method, p, r
// @include fragment-leaderboard-rank
}
RETURN request.id AS id, board, higherIsBetter, size, entries
