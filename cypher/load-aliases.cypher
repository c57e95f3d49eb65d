// Alias nodes make lookups alias-aware: (:Alias {id: "Dataset:cifar10"})-[:ALIAS_OF]->(CIFAR-10).
UNWIND $aliases AS row
MATCH (e:Entity {uid: row.uid})
MERGE (a:Alias {id: row.id})
MERGE (a)-[:ALIAS_OF]->(e)
