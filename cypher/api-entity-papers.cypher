// Per entity, one page of its papers (newest first, between keyset cursors on published date and
// id) and how many there are in all. `$backward` reads the page from the other end (Relay's
// `last`), in reverse order; the caller turns it back to newest first.
UNWIND $uids AS uid
MATCH (e:Entity {uid: uid})
RETURN uid,
  COLLECT {
    MATCH (e)<-[r:{{ROLES}}]-(p:Paper)
    WHERE $role IS NULL OR type(r) = $role
    WITH DISTINCT p
// @include fragment-paper-window
    WITH p, sort ORDER BY CASE WHEN $backward THEN null ELSE sort END DESC, CASE WHEN $backward THEN null ELSE p.id END,
                          CASE WHEN $backward THEN sort END, CASE WHEN $backward THEN p.id END DESC
    LIMIT $limit
    RETURN p {.*, fingerprint: null, extractor: null}
  } AS papers,
  COUNT {
    MATCH (e)<-[r:{{ROLES}}]-(p:Paper)
    WHERE $role IS NULL OR type(r) = $role
    RETURN DISTINCT p
  } AS total
