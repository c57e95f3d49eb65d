// Leaderboards: per dataset, stated results (optionally of one metric), best score first.
UNWIND $uids AS uid
MATCH (d:Dataset:Entity {uid: uid})
RETURN uid, COLLECT {
  MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:ON_DATASET]->(d)
  WHERE $metric IS NULL OR toLower(r.metric) = toLower($metric)
  OPTIONAL MATCH (r)-[:FOR_METHOD]->(m:Method)
  WITH p, r, m ORDER BY r.score DESC, r.key LIMIT $limit
  RETURN {paperId: p.id, key: r.key, metric: r.metric, value: r.value, score: r.score, evidence: r.evidence,
          methodUid: m.uid, datasetUid: uid}
} AS results
