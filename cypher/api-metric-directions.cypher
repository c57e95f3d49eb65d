// Whether larger values are better, per metric (null when an older load did not store it).
UNWIND $uids AS uid
MATCH (m:Metric:Entity {uid: uid})
RETURN uid, m.name AS name, m.higherIsBetter AS higherIsBetter
