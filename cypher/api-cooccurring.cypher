// Per entity, one page of entities of type $type sharing papers with it, most shared first.
UNWIND $uids AS uid
MATCH (e:Entity {uid: uid})
RETURN uid,
  COLLECT {
    MATCH (e)-[c:CO_OCCURS]-(o:Entity)
    WHERE o.type = $type
    WITH o, c.papers AS shared ORDER BY shared DESC, o.uid SKIP $offset LIMIT $limit
    RETURN {node: o {.uid, .type, .key, .name, .aliases, .paperCount}, paperCount: shared}
  } AS edges,
  COUNT { MATCH (e)-[:CO_OCCURS]-(o:Entity) WHERE o.type = $type RETURN o } AS total
