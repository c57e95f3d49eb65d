// One ranked page of the entities of type `request.type` sharing papers with `e`, most shared
// first, and how many there are. Needs `e` and `request` {type, out, in, offset, limit, fromEnd} in
// scope; `fromEnd` takes the last `limit` entries at or after `offset` (Relay's `last` without
// `before`), so `start` says where the page really starts.
// Co-occurrence relationships run Institution→Method→Dataset (and both ways between methods), so
// `request.out` / `request.in` (set from the two types) expand only those that can lead to that type.
WITH e, request, COLLECT {
  CALL (e, request) {
    MATCH (e)-[c:CO_OCCURS]->(o:$(request.type))
    WHERE request.out
    RETURN o, c.papers AS shared
    UNION ALL
    MATCH (e)<-[c:CO_OCCURS]-(o:$(request.type))
    WHERE request.in
    RETURN o, c.papers AS shared
  }
  WITH o, shared ORDER BY shared DESC, o.uid
  RETURN {o: o, shared: shared}
} AS ranked
WITH request, ranked, CASE WHEN request.fromEnd AND size(ranked) - request.limit > request.offset
                           THEN size(ranked) - request.limit ELSE request.offset END AS start
RETURN [x IN ranked[start..start + request.limit] |
         {node: {uid: x.o.uid, type: x.o.type, key: x.o.key, name: x.o.name, aliases: x.o.aliases, paperCount: x.o.paperCount},
          paperCount: x.shared}] AS edges,
       size(ranked) AS total, start
