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
MATCH (d:District)<-[:LOCATED_IN]-(a:Actor)
  WHERE d.ags IN $scope
CALL (a) {
  MATCH (a)-[m1:MEMBER_OF]->(n:Network)<-[m2:MEMBER_OF]-(b:Actor)-[:LOCATED_IN]->(bd:District)
    WHERE a.id < b.id AND bd.ags IN $scope
      AND (n.founded IS NULL OR n.founded <= $asOf)
      AND (m1.since IS NULL OR m1.since <= $asOf) AND (m1.until IS NULL OR m1.until >= $asOf)
      AND (m2.since IS NULL OR m2.since <= $asOf) AND (m2.until IS NULL OR m2.until >= $asOf)
  WITH DISTINCT b, n
  RETURN b, 'network' AS via
  UNION ALL
  MATCH (a)-[c:COOPERATES_WITH]-(b:Actor)-[:LOCATED_IN]->(bd:District)
    WHERE a.id < b.id AND bd.ags IN $scope AND (c.since IS NULL OR c.since <= $asOf)
  WITH DISTINCT b
  RETURN b, 'cooperation' AS via
  UNION ALL
  MATCH (a)-[:CARRIES|PARTNERS_IN]->(p:GoodPractice)<-[:CARRIES|PARTNERS_IN]-(b:Actor)-[:LOCATED_IN]->(bd:District)
    WHERE a.id < b.id AND bd.ags IN $scope AND (p.started IS NULL OR p.started <= $asOf)
  WITH DISTINCT b, p
  RETURN b, 'practice' AS via
  UNION ALL
  MATCH (a)-[:ATTENDED]->(e:Meeting)<-[:ATTENDED]-(b:Actor)-[:LOCATED_IN]->(bd:District)
    WHERE a.id < b.id AND bd.ags IN $scope AND e.date <= $asOf AND e.date > $meetingsSince
  WITH DISTINCT b, e
  RETURN b, 'meeting' AS via
  UNION ALL
  MATCH (a)-[:WORKS_IN]->(g:WorkingGroup)<-[:WORKS_IN]-(b:Actor)-[:LOCATED_IN]->(bd:District)
    WHERE a.id < b.id AND bd.ags IN $scope
      AND (g.since IS NULL OR g.since <= $asOf) AND (g.until IS NULL OR g.until >= $asOf)
  WITH DISTINCT b, g
  RETURN b, 'workingGroup' AS via
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
  ORDER BY a.id, b.id
RETURN a.id AS a, b.id AS b, strength, sharedNetworks, cooperation, sharedPractices, sharedMeetings,
       sharedWorkingGroups
