// Network landscape, step 5: the ties of the weighted actor collaboration graph, one row per tie,
// sorted by a, b (the order of projection, so that the same data always give the same in-memory graph).
// A tie joins two actors located in the covered districts; its strength is the sum of
// $membershipWeight per network both are members of at $asOf (network founded by then),
// $cooperationWeight when they cooperate directly (COOPERATES_WITH since <= $asOf, either direction),
// $practiceWeight per good practice both carry or partner in (started by $asOf),
// and it is kept when the strength reaches $minTieStrength. Shared attendance of exchange meetings
// (Actor-[:ATTENDED]->Meeting) is meant to become a fourth branch of the UNION with a
// $meetingWeight once meetings are recorded; see the hook below.
//
// Parameters (example values):
//   $scope              ['06535']
//   $asOf               date('2026-01-01')
//   $minTieStrength     1.0
//   $membershipWeight   1.0
//   $cooperationWeight  2.0
//   $practiceWeight     1.5
//
// Columns: a (actor id, a < b), b (actor id), strength, sharedNetworks, cooperation, sharedPractices
CALL () {
  // Each branch starts from the actors in the covered districts and pairs them per shared thing
  // (network, practice), so a big network is never expanded beyond its members in scope.
  MATCH (d:District)<-[:LOCATED_IN]-(x:Actor)-[m:MEMBER_OF]->(n:Network)
    WHERE d.ags IN $scope
      AND (n.founded IS NULL OR n.founded <= $asOf)
      AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
  WITH n, x.id AS id ORDER BY id
  WITH n, collect(DISTINCT id) AS ids
    WHERE size(ids) > 1
  UNWIND range(0, size(ids) - 2) AS i
  UNWIND range(i + 1, size(ids) - 1) AS j
  RETURN ids[i] AS a, ids[j] AS b, 'network' AS via
  UNION ALL
  MATCH (d:District)<-[:LOCATED_IN]-(x:Actor)-[c:COOPERATES_WITH]-(y:Actor)-[:LOCATED_IN]->(e:District)
    WHERE d.ags IN $scope AND x.id < y.id AND e.ags IN $scope AND (c.since IS NULL OR c.since <= $asOf)
  WITH DISTINCT x.id AS a, y.id AS b
  RETURN a, b, 'cooperation' AS via
  UNION ALL
  MATCH (d:District)<-[:LOCATED_IN]-(x:Actor)-[:CARRIES|PARTNERS_IN]->(p:GoodPractice)
    WHERE d.ags IN $scope AND (p.started IS NULL OR p.started <= $asOf)
  WITH p, x.id AS id ORDER BY id
  WITH p, collect(DISTINCT id) AS ids
    WHERE size(ids) > 1
  UNWIND range(0, size(ids) - 2) AS i
  UNWIND range(i + 1, size(ids) - 1) AS j
  RETURN ids[i] AS a, ids[j] AS b, 'practice' AS via
  // Hook, shared meeting attendance (not in the model yet): a fourth branch pairing the attendees
  // in scope of each Meeting e with e.date <= $asOf, like the practice branch, as 'meeting'.
}
WITH a, b,
     count(CASE via WHEN 'network' THEN 1 END) AS sharedNetworks,
     count(CASE via WHEN 'cooperation' THEN 1 END) > 0 AS cooperation,
     count(CASE via WHEN 'practice' THEN 1 END) AS sharedPractices
WITH a, b, sharedNetworks, cooperation, sharedPractices,
     sharedNetworks * $membershipWeight
       + CASE WHEN cooperation THEN $cooperationWeight ELSE 0.0 END
       + sharedPractices * $practiceWeight AS strength
  WHERE strength >= $minTieStrength
  ORDER BY a, b
RETURN a, b, strength, sharedNetworks, cooperation, sharedPractices
