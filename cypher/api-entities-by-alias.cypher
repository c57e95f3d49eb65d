// Alias-aware lookup: each request gives the candidate ids (`<Type>:<key>`) of one name; the
// entity with that uid wins, else the alias's entity with the most papers.
UNWIND $requests AS request
CALL (request) {
  UNWIND request.ids AS id
  OPTIONAL MATCH (direct:Entity {uid: id})
  OPTIONAL MATCH (:Alias {id: id})-[:ALIAS_OF]->(aliased:Entity)
  WITH coalesce(direct, aliased) AS e, direct IS NOT NULL AS exact
  WHERE e IS NOT NULL
  RETURN e ORDER BY exact DESC, e.paperCount DESC, e.uid LIMIT 1
}
RETURN request.name AS name, e {.uid, .type, .key, .name, .aliases, .paperCount} AS entity
