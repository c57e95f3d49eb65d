// Fragment (api-leaderboards, api-task-leaderboards): ranks scored absolute results into boards.
// Needs rows of `request` {limit}, `board` {dataset, metric, task} naming the board, the metric
// `m`, the result's `method`, its paper `p` and the result `r`. Per board: each method's best result
// by the metric's direction (ties: earliest paper), then the methods ranked the same way.
WITH request, board, coalesce(m.higherIsBetter, true) AS up, method, p, r
ORDER BY CASE WHEN up THEN -r.score ELSE r.score END, coalesce(p.published, '9999'), p.id, r.key
WITH request, board, up, method, collect({p: p, r: r})[0] AS best
ORDER BY CASE WHEN up THEN -best.r.score ELSE best.r.score END, coalesce(best.p.published, '9999'), best.p.id, best.r.key
WITH request, board, up, collect(best) AS ranked
WITH board, up, size(ranked) AS size, ranked[0..request.limit] AS top
UNWIND range(0, size(top) - 1) AS i
WITH board, up, size, i + 1 AS rank, top[i].r AS r, top[i].p AS p
RETURN board, up AS higherIsBetter, size, collect({rank: rank, result:
// @include fragment-result-row
}) AS entries
