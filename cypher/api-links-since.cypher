// Links stamped after the watermark a server last saw, up to the one it reads now (see
// load-watermark): the papers come by their indexed linkSeq, then only their new links.
MATCH (p:Paper)
WHERE p.linkSeq > $after AND p.linkSeq <= $upto
MATCH (p)-[r:{{ROLES}}]->(e:Entity)
WHERE r.seq > $after AND r.seq <= $upto
RETURN p.id AS paperId, e.uid AS uid, type(r) AS role, r.evidence AS evidence, r.seq AS seq
ORDER BY seq, paperId, uid
LIMIT $limit
