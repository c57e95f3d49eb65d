// One page of papers matching a filter, newest first, between keyset cursors.
// @include fragment-papers-matching
// @include fragment-paper-window
RETURN p {.*, fingerprint: null, extractor: null} AS paper
ORDER BY sort DESC, p.id
LIMIT $limit
