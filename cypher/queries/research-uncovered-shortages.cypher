// Districts whose shortage occupations no network covers: for every district of the state, the
// occupations in short supply (its latest shortage year, severity at least $minSeverity) that no
// network active in the district focuses on (a focus on the same code, a sub- or a parent code
// covers it). Only districts with at least one uncovered shortage are returned, most gaps first.
//
// Parameters (example values):
//   $stateCode     '06'
//   $minSeverity   2.0    2.0 and more is a shortage on the scale of the BA Engpassanalyse
//
// Columns: district (map {ags, name}), year (latest shortage year), shortageCount (shortage
// occupations of that year), uncovered (list of {code, name, severity}), covered (list of {code,
// name, networks: ids of the networks that cover it}).

MATCH (d:District)-[:IN_STATE]->(:State {code: $stateCode})
  WHERE coalesce(d.current, true)
MATCH (d)-[r:HAS_SHORTAGE]->(:Occupation)
WITH d, max(r.year) AS year
MATCH (d)-[r:HAS_SHORTAGE {year: year}]->(o:Occupation)
  WHERE r.severity >= $minSeverity
WITH d, year, o, r.severity AS severity,
     [(n:Network)-[:ACTIVE_IN]->(d)
        WHERE EXISTS { (n)-[:FOCUSES_ON]->(f:Occupation) WHERE f.code STARTS WITH o.code OR o.code STARTS WITH f.code }
        | n.id] AS networks
ORDER BY severity DESC, o.code
WITH d, year, count(o) AS shortageCount,
     collect(CASE WHEN size(networks) = 0 THEN {code: o.code, name: o.name, severity: severity} END) AS uncovered,
     collect(CASE WHEN size(networks) > 0 THEN {code: o.code, name: o.name, networks: apoc.coll.sort(networks)} END)
       AS covered
  WHERE size(uncovered) > 0
RETURN d {.ags, .name} AS district, year, shortageCount, uncovered, covered
ORDER BY size(uncovered) DESC, d.ags
