// Papers per publication year of each entity.
UNWIND $uids AS uid
MATCH (e:Entity {uid: uid})
RETURN uid, COLLECT {
  MATCH (e)<-[:{{ROLES}}]-(p:Paper)
  WHERE p.year IS NOT NULL
  WITH DISTINCT p
  WITH p.year AS year, count(p) AS papers ORDER BY year
  RETURN {year: year, papers: papers}
} AS trend
