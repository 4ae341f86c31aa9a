// Network landscape, step 7: clusters (Leiden communities on the tie strengths) and brokers
// (betweenness centrality, unweighted: a broker lies on many shortest paths between actors) of
// the graph projected by landscape-project. Deterministic: fixed seed, one thread.
//
// Parameters (example values):
//   $graph       'landscape-example'  the projected graph's name
//   $randomSeed  42
//
// Before: landscape-project
// After: landscape-drop
// Columns: actor (id), cluster (Leiden community id; only its grouping is meaningful),
// brokerScore (betweenness: pairs of actors whose shortest paths run through the actor, split among
// equally short paths), modularity (of the whole partition, the same on every row)
CALL gds.leiden.mutate($graph, {
       mutateProperty: 'cluster', relationshipWeightProperty: 'strength',
       randomSeed: $randomSeed, concurrency: 1})
  YIELD modularity
CALL gds.betweenness.mutate($graph, {mutateProperty: 'brokerScore', concurrency: 1})
  YIELD nodePropertiesWritten
CALL gds.graph.nodeProperties.stream($graph, ['cluster', 'brokerScore'])
  YIELD nodeId, nodeProperty, propertyValue
WITH modularity, nodeId,
     max(CASE nodeProperty WHEN 'cluster' THEN propertyValue END) AS cluster,
     max(CASE nodeProperty WHEN 'brokerScore' THEN propertyValue END) AS brokerScore
RETURN gds.util.asNode(nodeId).id AS actor, cluster, brokerScore, modularity
  ORDER BY actor
