// Network landscape, step 1: the districts a landscape covers.
// A landscape covers the districts asked for by key ($ags) and/or all districts of a state
// ($state), plus their neighbours when $includeNeighbours is true.
//
// Parameters (example values):
//   $ags                ['06535']  list of AGS, or null
//   $state              '06'       state code, or null
//   $includeNeighbours  false
//
// Columns: unknownAgs (keys of $ags that name no district), stateFound (false when $state names no
// state), scope (AGS of the covered districts)
WITH coalesce($ags, []) AS requested
OPTIONAL MATCH (s:State {code: $state})
OPTIONAL MATCH (d:District)
  WHERE d.ags IN requested OR (s IS NOT NULL AND (d)-[:IN_STATE]->(s))
WITH requested, s, collect(DISTINCT d) AS chosen
CALL (chosen) {
  UNWIND chosen AS c
  OPTIONAL MATCH (c)-[:BORDERS]-(n:District)
    WHERE $includeNeighbours
  RETURN collect(DISTINCT n) AS neighbours
}
WITH requested, s, [c IN chosen | c.ags] AS chosenAgs, neighbours
RETURN [k IN requested WHERE NOT k IN chosenAgs] AS unknownAgs,
       $state IS NULL OR s IS NOT NULL AS stateFound,
       chosenAgs + [n IN neighbours WHERE NOT n.ags IN chosenAgs | n.ags] AS scope
