// Per method, one page of the results stated for it (its own and as a baseline), newest paper
// first, optionally on one dataset or in one metric, and how many there are.
UNWIND $uids AS uid
MATCH (method:Method:Entity {uid: uid})
RETURN uid,
  COLLECT {
    MATCH (method)<-[:FOR_METHOD]-(r:Result)<-[:REPORTS]-(p:Paper)
    WHERE ($dataset IS NULL OR EXISTS { (r)-[:ON_DATASET]->(:Entity {uid: $dataset}) })
      AND ($metric IS NULL OR EXISTS { (r)-[:IN_METRIC]->(:Entity {uid: $metric}) })
    WITH p, r ORDER BY coalesce(p.published, '') DESC, p.id, r.key SKIP $offset LIMIT $limit
    RETURN
// @include fragment-result-row
  } AS results,
  COUNT {
    MATCH (method)<-[:FOR_METHOD]-(r:Result)
    WHERE ($dataset IS NULL OR EXISTS { (r)-[:ON_DATASET]->(:Entity {uid: $dataset}) })
      AND ($metric IS NULL OR EXISTS { (r)-[:IN_METRIC]->(:Entity {uid: $metric}) })
  } AS total
