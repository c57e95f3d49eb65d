// Per entity, one page of its papers (newest first, keyset cursor on published date and id)
// and how many there are in all.
UNWIND $uids AS uid
MATCH (e:Entity {uid: uid})
RETURN uid,
  COLLECT {
    MATCH (e)<-[r:{{ROLES}}]-(p:Paper)
    WHERE $role IS NULL OR type(r) = $role
    WITH DISTINCT p
    WITH p, coalesce(p.published, '') AS sort
    WHERE $after IS NULL OR sort < $after.sort OR (sort = $after.sort AND p.id > $after.id)
    WITH p, sort ORDER BY sort DESC, p.id LIMIT $limit
    RETURN p {.*, fingerprint: null, extractor: null}
  } AS papers,
  COUNT {
    MATCH (e)<-[r:{{ROLES}}]-(p:Paper)
    WHERE $role IS NULL OR type(r) = $role
    RETURN DISTINCT p
  } AS total
