// One page of papers matching a filter, newest first, after a keyset cursor.
// @include fragment-papers-matching
WITH p, coalesce(p.published, '') AS sort
WHERE $after IS NULL OR sort < $after.sort OR (sort = $after.sort AND p.id > $after.id)
RETURN p {.*, fingerprint: null, extractor: null} AS paper
ORDER BY sort DESC, p.id
LIMIT $limit
