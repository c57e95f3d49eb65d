// Fragment: the result `r` stated by paper `p` as a ResultRow map (src/graph/rows.ts), with the
// uids of the entities it names.
r {.key, .metric, .value, .score, .unit, .kind, .evidence, .confidence, paperId: p.id,
   methodUid: head([(r)-[:FOR_METHOD]->(x:Method) | x.uid]), datasetUid: head([(r)-[:ON_DATASET]->(x:Dataset) | x.uid]),
   taskUid: head([(r)-[:FOR_TASK]->(x:Task) | x.uid]), metricUid: head([(r)-[:IN_METRIC]->(x:Metric) | x.uid])}
