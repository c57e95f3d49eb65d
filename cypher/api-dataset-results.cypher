// Per dataset, stated results (optionally in one metric, by its uid): absolute scores first, best
// first by each metric's direction, then changes against baselines.
UNWIND $uids AS uid
MATCH (d:Dataset:Entity {uid: uid})
RETURN uid, COLLECT {
  MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:ON_DATASET]->(d)
  OPTIONAL MATCH (r)-[:IN_METRIC]->(m:Metric)
  WITH p, r, m
  WHERE $metric IS NULL OR m.uid = $metric
  WITH p, r, coalesce(m.higherIsBetter, true) AS up
  ORDER BY coalesce(r.kind, 'ABSOLUTE'), r.score IS NULL, CASE WHEN up THEN r.score ELSE -r.score END DESC, r.key
  LIMIT $limit
  RETURN
// @include fragment-result-row
} AS results
