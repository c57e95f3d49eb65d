// Applies net changes to co-occurrence counts; a count that reaches zero is removed.
UNWIND $deltas AS delta
MATCH (a:Entity {uid: delta.from})
MATCH (b:Entity {uid: delta.to})
MERGE (a)-[c:CO_OCCURS]->(b)
  ON CREATE SET c.papers = 0
SET c.papers = c.papers + toInteger(delta.n)
WITH c
WHERE c.papers <= 0
DELETE c
