// api-cooccurring, and for each entity on a page the pages of its own co-occurring entities that
// the query asks for one level down (`request.nested`: look-ahead by the resolver), so a nested
// ranked list costs no second round trip.
UNWIND $requests AS request
MATCH (e:Entity {uid: request.uid})
CALL (e, request) {
// @include fragment-cooccurring-page
}
WITH request, edges AS page, total AS count
CALL (request, page) {
  UNWIND page AS edge
  UNWIND request.nested AS spec
  MATCH (e:Entity {uid: edge.node.uid})
  CALL (e, spec) {
    WITH e, spec AS request
// @include fragment-cooccurring-page
  }
  RETURN collect({uid: e.uid, type: spec.type, offset: spec.offset, limit: spec.limit, edges: edges, total: total}) AS children
}
RETURN request.uid AS uid, request.type AS type, page AS edges, count AS total, children
