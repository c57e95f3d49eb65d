// Papers by id or arXiv id (version suffix already stripped by the caller).
UNWIND $ids AS id
OPTIONAL MATCH (byId:Paper {id: id})
OPTIONAL MATCH (byArxiv:Paper {arxivId: id})
WITH id, coalesce(byId, byArxiv) AS p
WHERE p IS NOT NULL
RETURN id, p {.*, fingerprint: null, extractor: null} AS paper
