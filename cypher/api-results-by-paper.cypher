// Results stated by each paper.
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[:REPORTS]->(r:Result)
WITH id, p, r ORDER BY r.key
RETURN id AS paperId,
// @include fragment-result-row
  AS result
