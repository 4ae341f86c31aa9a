// Network landscape, step 2: the actors located in the covered districts.
// Parameters: $scope  AGS of the covered districts, e.g. ['06535']
// Columns:    actor (map with the actor's properties and districtAgs), one row per actor, by id
MATCH (d:District)<-[:LOCATED_IN]-(a:Actor)
  WHERE d.ags IN $scope
RETURN a {.*, districtAgs: d.ags} AS actor
  ORDER BY a.id
