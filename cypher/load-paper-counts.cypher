// Keeps each entity's number of distinct linked papers, which lists and ranking read.
UNWIND $uids AS uid
MATCH (e:Entity {uid: uid})
SET e.paperCount = COUNT { MATCH (e)<-[:PROPOSES|USES|EVALUATES_ON|AFFILIATED_WITH|MENTIONS]-(p:Paper) RETURN DISTINCT p }
