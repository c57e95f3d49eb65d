// Entities by uid.
UNWIND $uids AS uid
MATCH (e:Entity {uid: uid})
RETURN uid, e {.uid, .type, .key, .name, .aliases, .paperCount} AS entity
