// Fragment (included by the paper pages, both directions): papers `p` ordered newest first by
// `sort` then id, between the keyset cursors `$after` and `$before` ({sort, id}, either null).
// `coalesce` keeps undated papers in the order (last), and also means no index gives this order:
// either direction sorts the candidates, so paging backwards costs what paging forwards does.
WITH p, coalesce(p.published, '') AS sort
WHERE ($after IS NULL OR sort < $after.sort OR (sort = $after.sort AND p.id > $after.id))
  AND ($before IS NULL OR sort > $before.sort OR (sort = $before.sort AND p.id < $before.id))
