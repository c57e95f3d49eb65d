// Typeahead over entity names and aliases. What was typed counts with case, spaces and hyphens
// ignored: an entity whose key (or an alias's) is the typed text's key ranks first (`resnet50` is
// ResNet-50), then keys that start with it (`Res Net` → ResNet-50), then the Lucene query built
// by the caller (prefix + fuzzy per word). $ids: `<Type>:<key>` per wanted type; $prefixes: the
// same, only when the key is long enough for a prefix to narrow much. Uid and alias-id lookups
// and STARTS WITH use the uniqueness indexes.
CALL () {
  UNWIND $ids AS id
  MATCH (e:Entity {uid: id})
  RETURN e AS node, 100.0 AS score
  UNION ALL
  UNWIND $ids AS id
  MATCH (:Alias {id: id})-[:ALIAS_OF]->(e:Entity)
  RETURN e AS node, 90.0 AS score
  UNION ALL
  UNWIND $prefixes AS id
  MATCH (e:Entity) WHERE e.uid STARTS WITH id
  RETURN e AS node, 10.0 AS score
  UNION ALL
  UNWIND $prefixes AS id
  MATCH (a:Alias)-[:ALIAS_OF]->(e:Entity) WHERE a.id STARTS WITH id
  RETURN e AS node, 8.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names_all', $query) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $types IS NULL OR node.type IN $types
RETURN node {.uid, .type, .key, .name, .aliases, .paperCount} AS entity,
       score + CASE WHEN toLower(node.name) STARTS WITH $prefix THEN 1.0 ELSE 0.0 END
             + log10(1 + coalesce(node.paperCount, 0)) * 0.1 AS score
ORDER BY score DESC, entity.uid
LIMIT $limit
