// Network landscape: the members of declared networks at a date, for the networks' member lists
// (read only when a client asks for them; see landscape-networks).
// A membership counts at $asOf when since <= $asOf (or no since) and until >= $asOf (or no until).
//
// Parameters (example values):
//   $networks  ['net-0001']            ids of the networks
//   $scope     ['06535']               AGS of the covered districts
//   $asOf      date('2026-01-01')      the date the landscape describes
//
// Columns: network (id), members (list of {actor, role, since, until, inScope})
MATCH (n:Network)
  WHERE n.id IN $networks
CALL (n) {
  MATCH (a:Actor)-[m:MEMBER_OF]->(n)
    WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
  OPTIONAL MATCH (a)-[:LOCATED_IN]->(ad:District)
  RETURN collect({actor: a {.*, districtAgs: ad.ags}, role: m.role, since: m.since, until: m.until,
                  inScope: ad.ags IN $scope}) AS members
}
RETURN n.id AS network, members
