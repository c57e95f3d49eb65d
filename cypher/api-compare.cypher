// The method × dataset table: per method, dataset and metric, the best absolute result by the
// metric's direction (ties: earliest paper). `$datasets` null means every dataset with a result.
UNWIND $methods AS uid
MATCH (method:Method:Entity {uid: uid})<-[:FOR_METHOD]-(r:Result)-[:ON_DATASET]->(d:Dataset)
WHERE ($datasets IS NULL OR d.uid IN $datasets) AND r.score IS NOT NULL AND coalesce(r.kind, 'ABSOLUTE') = 'ABSOLUTE'
MATCH (r)-[:IN_METRIC]->(m:Metric)
WHERE $metric IS NULL OR m.uid = $metric
MATCH (p:Paper)-[:REPORTS]->(r)
WITH method, d, m, p, r, coalesce(m.higherIsBetter, true) AS up
ORDER BY CASE WHEN up THEN -r.score ELSE r.score END, coalesce(p.published, '9999'), p.id, r.key
WITH method, d, m, collect({p: p, r: r})[0] AS best
WITH method, d, m, best.p AS p, best.r AS r
RETURN method.uid AS methodUid, d.uid AS datasetUid, m.uid AS metricUid,
// @include fragment-result-row
  AS best
