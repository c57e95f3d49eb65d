// Results stated by each paper.
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[:REPORTS]->(r:Result)
OPTIONAL MATCH (r)-[:FOR_METHOD]->(m:Method)
OPTIONAL MATCH (r)-[:ON_DATASET]->(d:Dataset)
RETURN id AS paperId, r.key AS key, r.metric AS metric, r.value AS value, r.score AS score,
       r.evidence AS evidence, m.uid AS methodUid, d.uid AS datasetUid
ORDER BY id, r.key
