// Paper → entity links with their evidence; load-papers has already removed the old ones.
UNWIND $links AS row
MATCH (p:Paper {id: row.paperId})
MATCH (e:Entity {uid: row.uid})
CREATE (p)-[link:$(row.type)]->(e)
SET link.evidence = row.evidence, link.confidence = row.confidence, link.extractor = row.extractor, link.source = row.source
