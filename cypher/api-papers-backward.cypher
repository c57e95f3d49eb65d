// api-papers read from the other end (Relay's `last`/`before`): the page nearest `$before`, or
// the oldest papers, in reverse order (the caller turns it back to newest first).
// @include fragment-papers-matching
// @include fragment-paper-window
RETURN p {.*, fingerprint: null, extractor: null} AS paper
ORDER BY sort, p.id DESC
LIMIT $limit
