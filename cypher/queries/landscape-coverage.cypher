// Network landscape, step 4: what the networks of the landscape cover, and the gaps.
// Shortage occupations: per covered district and occupation the latest HAS_SHORTAGE of a year up
// to $asOf's year, when its severity reaches $minSeverity (2.0: shortage in the BA Engpassanalyse).
// A network covers an occupation when it FOCUSES_ON it, on a broader group of it (prefix of its
// KldB code) or on a narrower one; it covers a target group or action field it FOCUSES_ON.
//
// Parameters (example values):
//   $scope        ['06535']           AGS of the covered districts
//   $asOf         date('2026-01-01')
//   $minSeverity  2.0
//   $networks     ['net-001']         ids of the landscape's networks with members at $asOf (from landscape-networks)
//
// Columns: kind ('OCCUPATION', 'TARGET_GROUP' or 'ACTION_FIELD'), item (map of the occupation or
// term), districts (occupations: list of {ags, year, severity}), networks (ids of the covering
// networks; empty: a gap)
OPTIONAL MATCH (n:Network)-[:FOCUSES_ON]->(f)
  WHERE n.id IN $networks
WITH collect({network: n.id, focus: f}) AS focus
CALL (focus) {
  MATCH (d:District)-[s:HAS_SHORTAGE]->(o:Occupation)
    WHERE d.ags IN $scope AND s.year <= $asOf.year
  WITH d, o, s
    ORDER BY s.year DESC
  WITH d, o, head(collect(s)) AS latest
    WHERE latest.severity >= $minSeverity
  WITH o, d, latest
    ORDER BY d.ags
  WITH o, collect({ags: d.ags, year: latest.year, severity: latest.severity}) AS districts
  RETURN 'OCCUPATION' AS kind, o {.*, parentCode: [(o)-[:PART_OF]->(p) | p.code][0]} AS item, districts,
         [x IN focus WHERE 'Occupation' IN labels(x.focus)
                           AND (o.code STARTS WITH x.focus.code OR x.focus.code STARTS WITH o.code) | x.network] AS networks
  UNION ALL
  MATCH (t:TargetGroup)
  RETURN 'TARGET_GROUP' AS kind, t {.name, .description, kind: 'TARGET_GROUP'} AS item, [] AS districts,
         [x IN focus WHERE x.focus = t | x.network] AS networks
  UNION ALL
  MATCH (t:ActionField)
  RETURN 'ACTION_FIELD' AS kind, t {.name, .description, kind: 'ACTION_FIELD'} AS item, [] AS districts,
         [x IN focus WHERE x.focus = t | x.network] AS networks
}
RETURN kind, item, districts, networks
  ORDER BY kind, coalesce(item.code, item.name)
