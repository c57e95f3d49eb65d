// Per (entity, type) request, one page of the entities of that type sharing papers with it, most
// shared first, and how many there are: one pass over the neighbours, ranked once.
UNWIND $requests AS request
MATCH (e:Entity {uid: request.uid})
WITH request, COLLECT {
  MATCH (e)-[c:CO_OCCURS]-(o:Entity)
  WHERE request.type IN labels(o)
  WITH o, c.papers AS shared ORDER BY shared DESC, o.uid
  RETURN {node: o {.uid, .type, .key, .name, .aliases, .paperCount}, paperCount: shared}
} AS ranked
RETURN request.uid AS uid, request.type AS type, ranked[$offset..$offset + $limit] AS edges, size(ranked) AS total
