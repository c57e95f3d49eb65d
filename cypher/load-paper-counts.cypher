// Keeps each entity's number of distinct linked papers (lists and ranking read it), by the
// net change the batch made: +1 for a paper newly linked to it, -1 for one no longer linked.
UNWIND $counts AS count
MATCH (e:Entity {uid: count.uid})
SET e.paperCount = coalesce(e.paperCount, 0) + toInteger(count.n)
