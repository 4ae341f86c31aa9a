// The comparison basis: what every comparison of districts shares, passed as $basis to
// transfer-comparable-districts.cypher (the application keeps it until the data change).
//
// Parameters (example values):
//   $indicators  ['unemployment_rate', 'youth_unemployment_rate', 'share_65plus', 'median_age',
//                 'gdp_per_capita', 'share_primary_sector', 'share_secondary_sector',
//                 'apprentices_per_100', 'share_foreign']
//
// Columns: basis (a map: stats, by INKAR year as text, the indicators in the order of $indicators
// with their mean, population standard deviation and number of values over all districts with a
// value in the year, {name, mean, sd, n}, leaving out indicators with fewer than two values or without
// variance; shortages, by AGS, the codes of the district's shortage occupations in the latest year in
// which it has one with severity >= 1.5, those of that year with severity >= 1.5, by code; a district
// without one is not listed).

CALL () {
  MATCH (v:IndicatorValues)
  UNWIND $indicators AS name
  WITH v.year AS year, name, avg(v[name]) AS mean, stDevP(v[name]) AS sd, count(v[name]) AS n
  WITH year, apoc.map.fromPairs(collect([name, {name: name, mean: mean, sd: sd, n: n}])) AS byName
  RETURN apoc.map.fromPairs(collect([toString(year),
           [name IN $indicators WHERE byName[name].n > 1 AND byName[name].sd > 0 | byName[name]]])) AS stats
}
CALL () {
  MATCH (d:District)-[r:HAS_SHORTAGE]->(o:Occupation)
    WHERE r.severity >= 1.5
  WITH d, r.year AS year, o.code AS code
    ORDER BY code
  WITH d, year, collect(code) AS codes
    ORDER BY year DESC
  WITH d, collect(codes)[0] AS codes
  RETURN apoc.map.fromPairs(collect([d.ags, codes])) AS shortages
}
RETURN {stats: stats, shortages: shortages} AS basis
