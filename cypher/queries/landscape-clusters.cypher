// Network landscape, step 7: clusters (Leiden communities on the tie strengths) of the graph
// projected by landscape-project. Deterministic: fixed seed, one thread. Independent of
// landscape-brokers, which may run at the same time on the same graph.
//
// Parameters (example values):
//   $graph       'landscape-example'  the projected graph's name
//   $randomSeed  42
//
// Before: landscape-project
// After: landscape-drop
// Columns: actor (id), cluster (Leiden community id; only its grouping is meaningful),
// modularity (of the whole partition, the same on every row)
CALL gds.leiden.mutate($graph, {
       mutateProperty: 'cluster', relationshipWeightProperty: 'strength',
       randomSeed: $randomSeed, concurrency: 1})
  YIELD modularity
CALL gds.graph.nodeProperty.stream($graph, 'cluster')
  YIELD nodeId, propertyValue
RETURN gds.util.asNode(nodeId).id AS actor, propertyValue AS cluster, modularity
  ORDER BY actor
