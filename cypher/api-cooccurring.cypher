// Per (entity, type) request, one page of the entities of that type sharing papers with it, most
// shared first, and how many there are: one pass over the neighbours, ranked once, and only the
// page's entities projected.
UNWIND $requests AS request
MATCH (e:Entity {uid: request.uid})
WITH request, COLLECT {
  MATCH (e)-[c:CO_OCCURS]-(o:Entity)
  WHERE request.type IN labels(o)
  WITH o, c.papers AS shared ORDER BY shared DESC, o.uid
  RETURN {o: o, shared: shared}
} AS ranked
RETURN request.uid AS uid, request.type AS type,
       [x IN ranked[$offset..$offset + $limit] |
         {node: {uid: x.o.uid, type: x.o.type, key: x.o.key, name: x.o.name, aliases: x.o.aliases, paperCount: x.o.paperCount},
          paperCount: x.shared}] AS edges,
       size(ranked) AS total
