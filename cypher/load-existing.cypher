// What the graph already holds for a batch's papers: the fingerprint of their last load,
// their sources and the entities they link to (for co-occurrence deltas and orphan clean-up).
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.fingerprint AS fingerprint, coalesce(p.sources, []) AS sources,
       COLLECT { MATCH (p)-[:{{ROLES}}]->(e:Entity) RETURN DISTINCT e.uid } AS entities
