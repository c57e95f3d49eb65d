// Upserts papers: their properties, the fingerprint of this load and every source met.
UNWIND $papers AS row
MERGE (p:Paper {id: row.id})
SET p += row.props, p.year = toInteger(row.props.year), p.fingerprint = row.fingerprint, p.sources = row.sources
