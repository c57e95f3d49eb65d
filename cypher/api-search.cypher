// Typeahead over entity names and aliases (Lucene query built by the caller: prefix + fuzzy).
CALL db.index.fulltext.queryNodes('entity_names_all', $query) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node {.uid, .type, .key, .name, .aliases, .paperCount} AS entity,
       score + CASE WHEN toLower(node.name) STARTS WITH $prefix THEN 1.0 ELSE 0.0 END
             + log10(1 + coalesce(node.paperCount, 0)) * 0.1 AS score
ORDER BY score DESC, entity.uid
LIMIT $limit
