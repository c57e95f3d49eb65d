// Objects by global id, papers and entities of every type in one round trip (`node`, `nodes`).
// Each key is {key, paper} or {key, uid}: a paper by its exact id, an entity by its uid.
UNWIND $keys AS k
CALL (k) {
  MATCH (p:Paper {id: k.paper})
  RETURN p {.*, fingerprint: null, extractor: null} AS paper, null AS entity
  UNION
  MATCH (e:Entity {uid: k.uid})
  RETURN null AS paper, e {.uid, .type, .key, .name, .aliases, .paperCount} AS entity
}
RETURN k.key AS key, paper, entity
