// Network landscape, step 7 (beside landscape-clusters): brokers of the graph projected by
// landscape-project: betweenness centrality, unweighted (a broker lies on many shortest paths
// between actors). Deterministic: one thread. Reads the graph only, so it may run at the same
// time as landscape-clusters on the same graph.
//
// Parameters (example values):
//   $graph  'landscape-example'  the projected graph's name
//
// Before: landscape-project
// After: landscape-drop
// Columns: actor (id), brokerScore (pairs of actors whose shortest paths run through the actor,
// split among equally short paths)
CALL gds.betweenness.stream($graph, {concurrency: 1})
  YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS actor, score AS brokerScore
  ORDER BY actor
