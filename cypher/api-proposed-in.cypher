// The papers that introduce each method, oldest first.
UNWIND $uids AS uid
MATCH (e:Entity {uid: uid})
RETURN uid, COLLECT {
  MATCH (e)<-[:PROPOSES]-(p:Paper)
  WITH p ORDER BY coalesce(p.published, '9999'), p.id LIMIT 20
  RETURN p {.*, fingerprint: null, extractor: null}
} AS papers
