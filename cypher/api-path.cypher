// The shortest entity–paper–…–entity connection between two entities, with each link's role
// and evidence. Hops are paper→entity links, two per paper on the path. The length limit is
// checked by the caller: a WHERE on a shortestPath's length makes Neo4j fall back to an
// exhaustive search when the shortest path is longer.
MATCH (a:Entity {uid: $from}), (b:Entity {uid: $to})
MATCH path = shortestPath((a)-[:{{ROLES}}*..8]-(b))
RETURN [n IN nodes(path) | CASE WHEN n:Paper THEN {paper: n {.*, fingerprint: null, extractor: null}}
                               ELSE {entity: n {.uid, .type, .key, .name, .aliases, .paperCount}} END] AS nodes,
       [r IN relationships(path) | {role: type(r), evidence: r.evidence}] AS links
