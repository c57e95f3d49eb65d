// Entities no paper links to any more (after re-extraction) are removed with their aliases.
UNWIND $uids AS uid
MATCH (e:Entity {uid: uid})
WHERE NOT EXISTS { (e)<-[:{{ROLES}}]-(:Paper) }
OPTIONAL MATCH (alias:Alias)-[:ALIAS_OF]->(e)
WITH e, collect(alias) AS aliases
DETACH DELETE e
WITH aliases
UNWIND aliases AS alias
WITH DISTINCT alias
WHERE NOT EXISTS { (alias)-[:ALIAS_OF]->() }
DELETE alias
