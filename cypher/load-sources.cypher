// Adds newly met sources (the same paper found in another file) to unchanged papers.
UNWIND $papers AS row
MATCH (p:Paper {id: row.id})
SET p.sources = row.sources
