// Network landscape, step 5: the ties of the weighted actor collaboration graph, one row per tie,
// sorted by a, b (the order of projection, so that the same data always give the same in-memory graph).
// A tie joins two actors located in the covered districts; its strength is the sum of
// a share of $membershipWeight per network both are members of at $asOf (network founded by then):
//   the whole weight when the network has at most $fullWeightNetworkSize members at $asOf (wherever
//   they are located), else $membershipWeight * ($fullWeightNetworkSize - 1) / (members - 1), so that
//   a member's ties through one network weigh at most ($fullWeightNetworkSize - 1) * $membershipWeight
//   together (Newman's weighting of collaboration networks beyond that size),
// $cooperationWeight when they cooperate directly (COOPERATES_WITH since <= $asOf, either direction),
// $practiceWeight per good practice both carry or partner in (started by $asOf),
// $meetingWeight per exchange meeting both attended after $meetingsSince and by $asOf
// ($meetingsSince = $asOf minus regiograph.landscape.meeting-years), $workingGroupWeight per
// working group of a strategy process both work in at $asOf (since <= $asOf <= until, open ends count),
// and it is kept when the strength reaches $minTieStrength.
//
// The pairs of a big network are not formed when they cannot reach $minTieStrength: two actors
// sharing k networks got at most k times the largest share, and k is at most the number of
// networks of either, so a network's pairs are formed among those of its members whose networks
// in scope number at least $minTieStrength / its share. A pair found another way (cooperation,
// practice, meeting, working group) gets the shares of all networks it shares all the same.
//
// Parameters (example values):
//   $scope                  ['06535']
//   $asOf                   date('2026-01-01')
//   $minTieStrength         1.0
//   $membershipWeight       1.0
//   $fullWeightNetworkSize  50
//   $cooperationWeight      2.0
//   $practiceWeight         1.5
//   $meetingWeight          1.0
//   $meetingsSince          date('2023-01-01')
//   $workingGroupWeight     1.5
//
// Columns: a (actor id, a < b), b (actor id), strength, sharedNetworks, cooperation, sharedPractices, sharedMeetings, sharedWorkingGroups
CALL () {
  // per actor in scope, its networks at $asOf with the share of each
  MATCH (d:District)<-[:LOCATED_IN]-(x:Actor)-[m:MEMBER_OF]->(n:Network)
    WHERE d.ags IN $scope
      AND (n.founded IS NULL OR n.founded <= $asOf)
      AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
  WITH n, collect(DISTINCT x.id) AS members
    WHERE size(members) > 1
  CALL (n) {
    MATCH (y:Actor)-[m:MEMBER_OF]->(n)
      WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)
    RETURN count(DISTINCT y) AS size
  }
  WITH n.id AS network, members,
       $membershipWeight * CASE WHEN size <= $fullWeightNetworkSize THEN 1.0
                                ELSE ($fullWeightNetworkSize - 1.0) / (size - 1) END AS share
  UNWIND members AS member
  // by network, so that a tie's shares are summed in the same order whatever the plan
  WITH member, network, share ORDER BY network
  WITH member, collect([network, share]) AS networks
  RETURN collect([member, networks]) AS byActor
}
WITH byActor, apoc.map.fromPairs(byActor) AS networksOf
CALL (byActor) {
  CALL (byActor) {
    // a network's pairs among its members with enough networks to reach $minTieStrength
    UNWIND byActor AS actor
    UNWIND actor[1] AS own
    WITH own[0] AS shared, actor[0] AS id, own[1] * size(actor[1]) AS reachable
      WHERE reachable >= $minTieStrength
    WITH shared, id ORDER BY id
    WITH shared, collect(id) AS ids
      WHERE size(ids) > 1
    UNWIND range(0, size(ids) - 2) AS i
    UNWIND range(i + 1, size(ids) - 1) AS j
    RETURN ids[i] AS a, ids[j] AS b, 'network' AS via
    UNION ALL
    // actors in the covered districts and the things they share (practice, meeting, working group),
    // paired per thing
    CALL () {
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
  // grouped here, without the map of networks: the pairs and what they share
  RETURN a, b,
         count(CASE via WHEN 'cooperation' THEN 1 END) > 0 AS cooperation,
         count(CASE via WHEN 'practice' THEN 1 END) AS sharedPractices,
         count(CASE via WHEN 'meeting' THEN 1 END) AS sharedMeetings,
         count(CASE via WHEN 'workingGroup' THEN 1 END) AS sharedWorkingGroups
}
WITH a, b, cooperation, sharedPractices, sharedMeetings, sharedWorkingGroups,
     [own IN coalesce(networksOf[a], [])
      WHERE any(other IN coalesce(networksOf[b], []) WHERE other[0] = own[0]) | own[1]] AS shares
WITH a, b, size(shares) AS sharedNetworks, cooperation, sharedPractices, sharedMeetings, sharedWorkingGroups,
     reduce(sum = 0.0, share IN shares | sum + share)
       + CASE WHEN cooperation THEN $cooperationWeight ELSE 0.0 END
       + sharedPractices * $practiceWeight
       + sharedMeetings * $meetingWeight
       + sharedWorkingGroups * $workingGroupWeight AS strength
  WHERE strength >= $minTieStrength
  ORDER BY a, b
RETURN a, b, strength, sharedNetworks, cooperation, sharedPractices, sharedMeetings,
       sharedWorkingGroups
