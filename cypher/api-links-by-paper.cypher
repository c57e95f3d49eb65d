// Each paper's links to entities, the entity inline (it primes the entity loader).
UNWIND $ids AS id
MATCH (p:Paper {id: id})-[r:{{ROLES}}]->(e:Entity)
RETURN id AS paperId, type(r) AS role, r.evidence AS evidence, r.confidence AS confidence, coalesce(r.source, 'text') AS source,
       e {.uid, .type, .key, .name, .aliases, .paperCount} AS entity
ORDER BY id, r.confidence DESC, e.uid
