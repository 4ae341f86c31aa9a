// Network landscape, step 3: the declared networks of the covered districts at a date.
// A network belongs to the landscape when it is ACTIVE_IN a covered district or has a member
// located there at $asOf, and was founded by then (or has no founding date).
// A membership counts at $asOf when since <= $asOf (or no since) and until >= $asOf (or no until).
//
// Parameters (example values):
//   $scope  ['06535']             AGS of the covered districts
//   $asOf   date('2026-01-01')    the date the landscape describes
//   $today  date()                the date current members (memberCount) are counted at
//   $known  ['net-001']           ids of networks whose figures at $asOf (size, roles, memberCount)
//                                 the caller knows already: they are not counted again, their rows have
//                                 null figures ([] counts every network)
//
// Only figures and the members in scope (what clusters and overlaps compare): a network's whole
// member list can be long (a nationwide network) and is read by landscape-network-members when
// a client asks for it.
//
// Each network's memberships are read once (size, roles and memberCount in one pass, counted by
// role and validity rather than collected: a nationwide network has thousands); its members in scope
// come from the districts' side, so a nationwide network is not walked a second time. An actor has at
// most one membership in a network (the model's links are keyed by their ends), so memberships
// count actors.
//
// Columns: network (map with the network's properties and memberCount, its current members),
// size (actors with a membership valid at $asOf), roles (list of {item: role, count: memberships}),
// (the three figures are null for a network in $known)
// membersInScope (ids of those actors located in a covered district, sorted),
// activeInScope (true when ACTIVE_IN a covered district)
MATCH (d:District)
  WHERE d.ags IN $scope
CALL (d) {
  MATCH (n:Network)-[:ACTIVE_IN]->(d)
  RETURN n, null AS member
  UNION ALL
  MATCH (d)<-[:LOCATED_IN]-(a:Actor)-[m:MEMBER_OF]->(n:Network)
    WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
  RETURN n, a.id AS member
}
WITH n, member
  WHERE n.founded IS NULL OR n.founded <= $asOf
  ORDER BY member
WITH n, collect(DISTINCT member) AS membersInScope
OPTIONAL CALL (n) {
  WITH n
    WHERE NOT n.id IN $known
  OPTIONAL MATCH ()-[m:MEMBER_OF]->(n)
  // grouped by the network too, so that a known one gets no row (and null figures)
  WITH n.id AS counted, m.role AS role,
       (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf) AS valid,
       m.until IS NULL OR m.until >= $today AS current,
       count(m) AS memberships
  WITH counted, role, valid, sum(memberships) AS memberships,
       sum(CASE WHEN current THEN memberships ELSE 0 END) AS currentOnes
  RETURN counted,
         sum(CASE WHEN valid THEN memberships ELSE 0 END) AS size,
         collect(CASE WHEN valid AND memberships > 0 THEN {item: role, count: memberships} END) AS roles,
         sum(currentOnes) AS memberCount
}
RETURN n {.*, memberCount: memberCount} AS network,
       size, roles, membersInScope,
       EXISTS { (n)-[:ACTIVE_IN]->(x:District) WHERE x.ags IN $scope } AS activeInScope
  ORDER BY n.name, n.id
