// Counts by type, from the count store (constant time).
CALL () { MATCH (p:Paper) RETURN count(p) AS papers }
CALL () { MATCH (m:Method) RETURN count(m) AS methods }
CALL () { MATCH (d:Dataset) RETURN count(d) AS datasets }
CALL () { MATCH (i:Institution) RETURN count(i) AS institutions }
RETURN papers, methods, datasets, institutions
