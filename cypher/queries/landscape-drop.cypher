// Network landscape, step 8: removes the projected graph from the GDS catalog (also after a
// failure; nothing happens when it does not exist).
//
// Parameters (example values):
//   $graph  'landscape-example'
//
// Before: landscape-project
// Columns: graphName (no row when there was no such graph)
CALL gds.graph.drop($graph, false)
  YIELD graphName
RETURN graphName
