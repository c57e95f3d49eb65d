// Fragment (included by api-papers and api-papers-count): the papers matching a filter, as `p`.
// Candidates come from the full-text index when words are given, else from the anchor entity's
// papers (with the role) when one is given, else from all papers; `$others` are the named
// entities the candidates still have to be checked against.
CALL () {
  WITH $text AS text WHERE text IS NOT NULL
  CALL db.index.fulltext.queryNodes('paper_text', text) YIELD node
  RETURN node AS p
  UNION
  WITH $text AS text WHERE text IS NULL AND $anchor IS NOT NULL
  MATCH (:Entity {uid: $anchor})<-[r:{{ROLES}}]-(p:Paper)
  WHERE $role IS NULL OR type(r) = $role
  RETURN DISTINCT p
  UNION
  WITH $text AS text WHERE text IS NULL AND $anchor IS NULL
  MATCH (p:Paper)
  RETURN p
}
WITH p
WHERE ($from IS NULL OR p.published >= $from)
  AND ($to IS NULL OR p.published <= $to)
  AND all(uid IN $others WHERE EXISTS {
    MATCH (p)-[r:{{ROLES}}]->(:Entity {uid: uid})
    WHERE $role IS NULL OR type(r) = $role
  })
