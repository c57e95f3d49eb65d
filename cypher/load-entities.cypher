// Upserts entities by uid and unions their aliases; the type label comes from the row. A metric's
// direction (`higherIsBetter`, null for other types) is kept from its first load.
UNWIND $entities AS row
MERGE (e:Entity {uid: row.uid})
  ON CREATE SET e.key = row.key, e.name = row.name, e.type = row.label, e.aliases = [], e.paperCount = 0, e:$(row.label)
WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases AND a <> e.name] AS added
SET e.aliases = e.aliases + added,
    e.aliasText = reduce(text = '', a IN e.aliases + added | text + ' | ' + a),
    e.higherIsBetter = coalesce(e.higherIsBetter, row.higherIsBetter)
