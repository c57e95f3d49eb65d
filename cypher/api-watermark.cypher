// The ingest watermark (see load-watermark): 0 before the first batch.
OPTIONAL MATCH (w:IngestWatermark {id: 'links'})
RETURN coalesce(w.seq, 0) AS seq
