// Network landscape, step 5: the ties of the weighted actor collaboration graph, one row per tie,
// sorted by a, b (the order of projection, so that the same data always give the same in-memory graph).
// A tie joins two actors located in the covered districts; its strength is the sum of
// $membershipWeight per network both are members of at $asOf (network founded by then),
// $cooperationWeight when they cooperate directly (COOPERATES_WITH since <= $asOf, either direction),
// $practiceWeight per good practice both carry or partner in (started by $asOf),
// $meetingWeight per exchange meeting both attended after $meetingsSince and by $asOf
// ($meetingsSince = $asOf minus regiograph.landscape.meeting-years), $workingGroupWeight per
// working group of a strategy process both work in at $asOf (since <= $asOf <= until, open ends count),
// and it is kept when the strength reaches $minTieStrength.
//
// Parameters (example values):
//   $scope              ['06535']
//   $asOf               date('2026-01-01')
//   $minTieStrength     1.0
//   $membershipWeight   1.0
//   $cooperationWeight  2.0
//   $practiceWeight     1.5
//   $meetingWeight      1.0
//   $meetingsSince      date('2023-01-01')
//   $workingGroupWeight 1.5
//
// Columns: a (actor id, a < b), b (actor id), strength, sharedNetworks, cooperation, sharedPractices, sharedMeetings, sharedWorkingGroups
CALL () {
  // Actors in the covered districts and the things they share (network, practice, meeting, working
  // group), paired per thing: a big network is never expanded beyond its members in scope.
  CALL () {
    MATCH (d:District)<-[:LOCATED_IN]-(x:Actor)-[m:MEMBER_OF]->(n:Network)
      WHERE d.ags IN $scope
        AND (n.founded IS NULL OR n.founded <= $asOf)
        AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
    RETURN x, n AS shared, 'network' AS via
    UNION ALL
    MATCH (d:District)<-[:LOCATED_IN]-(x:Actor)-[:CARRIES|PARTNERS_IN]->(p:GoodPractice)
      WHERE d.ags IN $scope AND (p.started IS NULL OR p.started <= $asOf)
    RETURN x, p AS shared, 'practice' AS via
    UNION ALL
    MATCH (d:District)<-[:LOCATED_IN]-(x:Actor)-[:ATTENDED]->(e:Meeting)
      WHERE d.ags IN $scope AND e.date <= $asOf AND e.date > $meetingsSince
    RETURN x, e AS shared, 'meeting' AS via
    UNION ALL
    MATCH (d:District)<-[:LOCATED_IN]-(x:Actor)-[:WORKS_IN]->(g:WorkingGroup)
      WHERE d.ags IN $scope
        AND (g.since IS NULL OR g.since <= $asOf) AND (g.until IS NULL OR g.until >= $asOf)
    RETURN x, g AS shared, 'workingGroup' AS via
  }
  WITH via, shared, x.id AS id ORDER BY id
  WITH via, shared, collect(DISTINCT id) AS ids
    WHERE size(ids) > 1
  UNWIND range(0, size(ids) - 2) AS i
  UNWIND range(i + 1, size(ids) - 1) AS j
  RETURN ids[i] AS a, ids[j] AS b, via
  UNION ALL
  MATCH (d:District)<-[:LOCATED_IN]-(x:Actor)-[c:COOPERATES_WITH]-(y:Actor)-[:LOCATED_IN]->(e:District)
    WHERE d.ags IN $scope AND x.id < y.id AND e.ags IN $scope AND (c.since IS NULL OR c.since <= $asOf)
  WITH DISTINCT x.id AS a, y.id AS b
  RETURN a, b, 'cooperation' AS via
}
WITH a, b,
     count(CASE via WHEN 'network' THEN 1 END) AS sharedNetworks,
     count(CASE via WHEN 'cooperation' THEN 1 END) > 0 AS cooperation,
     count(CASE via WHEN 'practice' THEN 1 END) AS sharedPractices,
     count(CASE via WHEN 'meeting' THEN 1 END) AS sharedMeetings,
     count(CASE via WHEN 'workingGroup' THEN 1 END) AS sharedWorkingGroups
WITH a, b, sharedNetworks, cooperation, sharedPractices, sharedMeetings, sharedWorkingGroups,
     sharedNetworks * $membershipWeight
       + CASE WHEN cooperation THEN $cooperationWeight ELSE 0.0 END
       + sharedPractices * $practiceWeight
       + sharedMeetings * $meetingWeight
       + sharedWorkingGroups * $workingGroupWeight AS strength
  WHERE strength >= $minTieStrength
  ORDER BY a, b
RETURN a, b, strength, sharedNetworks, cooperation, sharedPractices, sharedMeetings,
       sharedWorkingGroups
