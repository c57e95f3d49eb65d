// Per (entity, type) request, one page of the entities of that type sharing papers with it, most
// shared first, and how many there are (api-cooccurring-nested also fetches the next level).
UNWIND $requests AS request
MATCH (e:Entity {uid: request.uid})
CALL (e, request) {
// @include fragment-cooccurring-page
}
RETURN request.uid AS uid, request.type AS type, edges, total, start, [] AS children
