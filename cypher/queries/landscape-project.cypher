// Network landscape, step 6: projects the ties of landscape-ties into the GDS catalog as an
// undirected graph of actors (Cypher aggregation projection) with the tie strength as property.
// Kept apart from landscape-ties on purpose: in one statement with the subqueries that find the
// ties, the projection took five to ten times longer. Drop the graph afterwards with
// landscape-drop, also after a failure.
//
// Parameters (example values):
//   $graph  'landscape-example'  a name unique to the request
//   $ties   [{a: 'act-0001', b: 'act-0002', strength: 2.0}]  the rows of landscape-ties
//
// After: landscape-drop
// Columns: graphName, nodeCount, relationshipCount (each tie counts twice: undirected)
UNWIND $ties AS t
MATCH (a:Actor {id: t.a})
MATCH (b:Actor {id: t.b})
WITH gds.graph.project($graph, a, b, {relationshipProperties: {strength: t.strength}},
                       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
