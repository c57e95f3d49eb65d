// api-cooccurring, and the pages of co-occurring entities that the query asks for one level
// down (`request.nested`: look-ahead by the resolver) for every entity on those pages, so a nested
// ranked list costs no second round trip. Each (entity, nested page) is ranked once however many
// pages it is on; the children come back on the first row (the repository primes from all rows).
UNWIND $requests AS request
MATCH (e:Entity {uid: request.uid})
CALL (e, request) {
// @include fragment-cooccurring-page
}
WITH collect({request: request, edges: edges, total: total, start: start}) AS tops
CALL (tops) {
  UNWIND tops AS top
  UNWIND top.edges AS edge
  UNWIND top.request.nested AS spec
  WITH DISTINCT edge.node.uid AS uid, spec
  MATCH (e:Entity {uid: uid})
  CALL (e, spec) {
    WITH e, spec AS request
// @include fragment-cooccurring-page
  }
  RETURN collect({uid: uid, type: spec.type, offset: spec.offset, limit: spec.limit, fromEnd: spec.fromEnd, edges: edges, total: total, start: start}) AS children
}
UNWIND range(0, size(tops) - 1) AS i
RETURN tops[i].request.uid AS uid, tops[i].request.type AS type, tops[i].edges AS edges, tops[i].total AS total, tops[i].start AS start,
       CASE i WHEN 0 THEN children ELSE [] END AS children
