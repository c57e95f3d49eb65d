// The ingest watermark: every batch that writes papers takes the next sequence number, in the
// same transaction as its links, and stamps it on the links that are new (a paper → entity pair
// the paper did not have before) and on their papers (indexed, so the server can find them).
// The MERGE locks the one watermark node until commit, so numbers commit in order and a poller
// that has seen N has seen every link stamped N or lower. See src/server/link-feed.ts.
MERGE (w:IngestWatermark {id: 'links'})
SET w.seq = coalesce(w.seq, 0) + 1, w.at = datetime()
WITH w.seq AS seq
CALL (seq) {
  UNWIND $links AS row
  MATCH (p:Paper {id: row.paperId})-[r]->(:Entity {uid: row.uid})
  WHERE type(r) = row.type
  SET r.seq = seq, p.linkSeq = seq
}
RETURN seq
