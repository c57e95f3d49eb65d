// Counts by type, from the count store (constant time).
CALL () { MATCH (p:Paper) RETURN count(p) AS papers }
CALL () { MATCH (m:Method) RETURN count(m) AS methods }
CALL () { MATCH (d:Dataset) RETURN count(d) AS datasets }
CALL () { MATCH (i:Institution) RETURN count(i) AS institutions }
CALL () { MATCH (t:Task) RETURN count(t) AS tasks }
CALL () { MATCH (m:Metric) RETURN count(m) AS metrics }
CALL () { MATCH (r:Result) RETURN count(r) AS results }
// Any paper invented by `papergraph generate` (index paper_synthetic: one lookup).
CALL () { RETURN EXISTS { MATCH (p:Paper) WHERE p.synthetic = true } AS synthetic }
RETURN papers, methods, datasets, institutions, tasks, metrics, results, synthetic
