// Practice adoption paths: the districts that implemented a good practice in the order they started
// it, and for each, the earlier implementations it could have learned from, with the ties between
// the two (shared border, networks active in both, cooperations between their actors). The
// earlier district with the most ties is taken as the likely source.
//
// Parameters (example values):
//   $practice   'gp-001'   the practice id; null: all practices implemented in two or more districts
//
// Columns: practice (map {id, title}), step (1 for the first implementation), district (map {ags,
// name}), since (start date, null when unknown), earlier (list of {ags, name, since, bordering,
// sharedNetworks, cooperations, ties}), likelySource (ags of the earlier district with most ties,
// null for the first step or when no earlier district has a tie).

MATCH (p:GoodPractice)
  WHERE ($practice IS NULL OR p.id = $practice) AND COUNT { (p)-[:IMPLEMENTED_IN]->() } >= CASE WHEN $practice IS NULL THEN 2 ELSE 1 END
MATCH (p)-[i:IMPLEMENTED_IN]->(d:District)
WITH p, d, i.since AS since
ORDER BY p.id, since, d.ags
WITH p, collect({district: d, since: since}) AS steps
UNWIND range(0, size(steps) - 1) AS position
WITH p, steps, position, steps[position].district AS d, steps[position].since AS since
CALL (d, steps, position) {
  UNWIND steps[0..position] AS before
  WITH d, before.district AS e, before.since AS eSince
  WITH e, eSince, EXISTS { (e)-[:BORDERS]-(d) } AS bordering,
       [(n:Network)-[:ACTIVE_IN]->(e) WHERE (n)-[:ACTIVE_IN]->(d) | n.id] AS sharedNetworks,
       COUNT { (d)<-[:LOCATED_IN]-(:Actor)-[:COOPERATES_WITH]-(:Actor)-[:LOCATED_IN]->(e) } AS cooperations
  WITH e, eSince, bordering, sharedNetworks, cooperations,
       CASE WHEN bordering THEN 1 ELSE 0 END + size(sharedNetworks) + cooperations AS ties
  ORDER BY ties DESC, eSince, e.ags
  RETURN collect({ags: e.ags, name: e.name, since: eSince, bordering: bordering,
                  sharedNetworks: sharedNetworks, cooperations: cooperations, ties: ties}) AS earlier
}
RETURN p {.id, .title} AS practice, position + 1 AS step, d {.ags, .name} AS district, since, earlier,
       CASE WHEN size(earlier) > 0 AND earlier[0].ties > 0 THEN earlier[0].ags END AS likelySource
ORDER BY p.id, step
