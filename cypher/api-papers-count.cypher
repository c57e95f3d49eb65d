// How many papers match a filter (asked only when a client selects totalCount).
// @include fragment-papers-matching
RETURN count(p) AS total
