// Commuter-origin districts of a district's in-commuters: where the people who work in the district
// live. The biggest origins are where to look for returners and multilocal workers (and where
// partners for recruiting campaigns sit). The demo dataset has no commuter flows; the reference
// data (../shared/data) has the flows of 2016.
//
// Parameters (example values):
//   $ags     '06535'   the district of work
//   $year    null      commuting year; null: the latest with flows into the district
//   $first   10
//
// Columns: origin (map {ags, name}), year, commuters (living in origin, working in $ags), share
// (of all in-commuters of the year), returnFlow (commuters the other way in the same year, 0 when
// none are recorded), bordering (true when origin borders $ags), networks (ids of networks active
// in both districts).

MATCH (target:District {ags: $ags})<-[c:COMMUTES_TO]-(:District)
  WHERE $year IS NULL OR c.year = $year
WITH target, max(c.year) AS year
MATCH (target)<-[c:COMMUTES_TO {year: year}]-(origin:District)
  WHERE origin <> target
WITH target, year, collect({origin: origin, commuters: c.commuters}) AS flows
WITH target, year, flows, apoc.coll.sum([f IN flows | f.commuters]) AS total
UNWIND flows AS flow
WITH target, year, total, flow.origin AS origin, flow.commuters AS commuters
ORDER BY commuters DESC, origin.ags
LIMIT $first
RETURN origin {.ags, .name} AS origin, year, commuters,
       CASE WHEN total > 0 THEN toFloat(commuters) / total END AS share,
       coalesce([(target)-[b:COMMUTES_TO {year: year}]->(origin) | b.commuters][0], 0) AS returnFlow,
       EXISTS { (origin)-[:BORDERS]-(target) } AS bordering,
       [(n:Network)-[:ACTIVE_IN]->(origin) WHERE (n)-[:ACTIVE_IN]->(target) | n.id] AS networks
