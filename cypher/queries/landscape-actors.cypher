// Network landscape, step 2: the actors located in the covered districts, one row per actor, by id.
//
// Parameters (example values):
//   $scope  ['06535']  AGS of the covered districts
//
// Columns: actor (map with the actor's properties and districtAgs)
MATCH (d:District)<-[:LOCATED_IN]-(a:Actor)
  WHERE d.ags IN $scope
RETURN a {.*, districtAgs: d.ags} AS actor
  ORDER BY a.id
