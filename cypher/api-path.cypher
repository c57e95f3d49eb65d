// The shortest entity–paper–…–entity connection between two entities, with each link's role
// and evidence. Hops are paper→entity links, two per paper on the path.
MATCH (a:Entity {uid: $from}), (b:Entity {uid: $to})
MATCH path = shortestPath((a)-[:PROPOSES|USES|EVALUATES_ON|AFFILIATED_WITH|MENTIONS*..8]-(b))
WHERE length(path) <= $maxLinks
RETURN [n IN nodes(path) | CASE WHEN n:Paper THEN {paper: n {.*, fingerprint: null, extractor: null}}
                               ELSE {entity: n {.uid, .type, .key, .name, .aliases, .paperCount}} END] AS nodes,
       [r IN relationships(path) | {role: type(r), evidence: r.evidence}] AS links
