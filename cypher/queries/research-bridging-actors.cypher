// Actors bridging districts: actors whose cooperation partners and fellow network members are
// located in other districts, ranked by how many other districts they reach. Brokers between
// local landscapes are the people to invite when a practice or a network should cross a border.
//
// Parameters (example values):
//   $ags     '06535'   only actors located in this district; null: all actors
//   $first   10
//
// Method: an actor reaches a district through a cooperation (either direction) with an actor
// located there, or through a current membership (no end date, or one in the future) in a network
// that has a current member located there. The actor's own district is not counted.
//
// Columns: actor (map of the Actor), district (map {ags, name} where it is located), reach (number of
// other districts reached), reached (list of {ags, name, through}), cooperations (number of partners
// in other districts), networks (ids of its current networks).

MATCH (a:Actor)-[:LOCATED_IN]->(home:District)
  WHERE $ags IS NULL OR home.ags = $ags
CALL (a, home) {
  OPTIONAL MATCH (a)-[:COOPERATES_WITH]-(:Actor)-[:LOCATED_IN]->(d:District)
    WHERE d <> home
  RETURN collect(DISTINCT d) AS viaCooperation
}
CALL (a, home) {
  OPTIONAL MATCH (a)-[m:MEMBER_OF]->(:Network)<-[o:MEMBER_OF]-(:Actor)-[:LOCATED_IN]->(d:District)
    WHERE d <> home AND (m.until IS NULL OR m.until >= date()) AND (o.until IS NULL OR o.until >= date())
  RETURN collect(DISTINCT d) AS viaNetwork
}
WITH a, home, viaCooperation, viaNetwork, apoc.coll.toSet(viaCooperation + viaNetwork) AS reachable
  WHERE size(reachable) > 0
WITH a, home, viaCooperation,
     apoc.coll.sortMaps([d IN reachable | {ags: d.ags, name: d.name,
       through: CASE WHEN d IN viaCooperation AND d IN viaNetwork THEN 'both'
                     WHEN d IN viaCooperation THEN 'cooperation' ELSE 'network' END}], '^ags') AS reached
ORDER BY size(reached) DESC, a.name, a.id
LIMIT $first
RETURN a {.*} AS actor, home {.ags, .name} AS district, size(reached) AS reach, reached,
       COUNT { (a)-[:COOPERATES_WITH]-(:Actor)-[:LOCATED_IN]->(d:District) WHERE d <> home } AS cooperations,
       [(a)-[m:MEMBER_OF]->(n:Network) WHERE m.until IS NULL OR m.until >= date() | n.id] AS networks
