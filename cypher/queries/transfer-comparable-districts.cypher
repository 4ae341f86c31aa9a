// Comparable districts: the districts most similar to one district, with the numbers behind each
// component of the score (structure, settlement type, labour-market challenge, proximity).
//
// Parameters (example values):
//   $ags               '06535'           the district to compare
//   $year              null              INKAR year; null = the latest in which the district has the most indicators
//   $indicators        ['unemployment_rate', 'youth_unemployment_rate', 'share_65plus', 'median_age',
//                       'gdp_per_capita', 'share_primary_sector', 'share_secondary_sector',
//                       'apprentices_per_100', 'share_foreign']
//   $weights           {structure: 0.5, settlement: 0.2, labourMarket: 0.2, proximity: 0.1}
//   $excludeNeighbours false             true: leave out districts that border it
//   $sameState         null              true: only its own state; false: only other states; null: all
//   $first             10
//   $only              null              a list of AGS: compare with these districts only (ranks among them)
//   $explain           true              false: the ranking alone (ags, score and component values); the
//                                        explanation columns are then null or empty
//   $basis             {stats: {`2022`: [{name: 'unemployment_rate', mean: 5.4, sd: 1.9, n: 400},
//                                           {name: 'median_age', mean: 46.1, sd: 2.3, n: 400}]},
//                       shortages: {`06531`: ['8131', '8211']}}
//                                        the comparison basis: the column basis of
//                                        transfer-comparison-basis.cypher (the same $indicators)
//
// Method: each indicator is z-scored over all districts with a value in the year (mean and population
// standard deviation, from the basis; indicators without variance are skipped). The structure
// similarity of two districts is 1 / (1 + d), d the root-mean-square difference of their z-scores
// over the indicators BOTH have (a missing value is left out, never taken as 0); with fewer than half
// of the usable indicators in common it is unknown. Settlement type: mean of BBSR Kreistyp
// (1 - |a-b|/3), same kind of district (kreisfreie Stadt / Landkreis: 1 or 0) and population density
// (1 - |log10 ratio|, 0 from a factor of 10). Labour-market challenge: the shortage occupations
// (latest year, severity >= 1.5; the other district's from the basis) of both, each matched with its
// best counterpart (same KldB code 1, same Berufsgruppe 0.5, same Berufshauptgruppe 0.25), averaged
// over both lists; unknown when either has none recorded. Proximity: 0.5 for a shared border + 0.5 x
// commuters between the two (both directions, latest year) / the district's strongest commuter link.
// The score is the weighted mean of the components that are known for the pair.
//
// Columns: ags, score, structure, settlement, labourMarket, proximity, weightKnown, year,
// targetHasValues, target (map of the District compared, the same on every row), district (map of the
// other District), usableIndicators, shared (list of {name,
// value, otherValue, z, otherZ}), here (type and BBSR Kreistyp of the district), bbsr, kind,
// density (the settlement parts), targetDensity, otherDensity, targetShortages, otherShortages,
// credits (matrix targetShortages x otherShortages), bordering, commuters, strongestFlow,
// commutingYear, indicatorInfo (codebook labels and units).

MATCH (target:District {ags: $ags})
OPTIONAL MATCH (target)<-[:VALUES_OF]-(tv:IndicatorValues)
  WHERE $year IS NULL OR tv.year = $year
WITH target, tv
  ORDER BY size([i IN $indicators WHERE tv[i] IS NOT NULL]) DESC, tv.year DESC
WITH target, head(collect(tv)) AS tv
// Property maps read once: a node's property looked up by name walks its property chain each time.
WITH target, tv, coalesce(tv.year, $year) AS year, properties(target) AS here, properties(tv) AS mine

// Mean and standard deviation of each indicator over all districts with a value in the year.
WITH *, coalesce($basis.stats[toString(year)], []) AS stats

// Shortage occupations of the district: those of its latest year with severity >= 1.5. Read per
// district, not as one map over all districts: a sort counts every value its rows hold against the
// transaction's memory, once per row.
CALL (target) {
  OPTIONAL MATCH (target)-[r:HAS_SHORTAGE]->(o:Occupation)
    WHERE r.severity >= 1.5
  WITH r.year AS shortageYear, o ORDER BY shortageYear DESC, o.code
  WITH collect({year: shortageYear, occupation: o {.code, .name}}) AS all
  RETURN [s IN all WHERE s.year = all[0].year AND s.occupation IS NOT NULL | s.occupation] AS targetShortages
}
WITH *, [s IN targetShortages | s.code] AS targetCodes

// Commuters between the district and each partner (both directions) in the latest year.
CALL (target) {
  OPTIONAL MATCH (target)-[c:COMMUTES_TO]-(partner:District)
  WITH c.year AS commutingYear, partner.ags AS partner, sum(c.commuters) AS commuters
    ORDER BY commutingYear DESC
  WITH collect({year: commutingYear, partner: partner, commuters: commuters}) AS all
  WITH all[0].year AS commutingYear, [f IN all WHERE f.year = all[0].year] AS latest
  RETURN commutingYear,
         apoc.map.fromPairs([f IN latest | [f.partner, f.commuters]]) AS flows,
         reduce(m = null, f IN latest | CASE WHEN m IS NULL OR f.commuters > m THEN f.commuters ELSE m END)
           AS strongestFlow
}

// Candidates; when the district has indicator values, only districts with values in the same year.
MATCH (other:District)
  WHERE other <> target AND coalesce(other.current, true)
    AND ($only IS NULL OR other.ags IN $only)
    AND NOT ($excludeNeighbours AND EXISTS { (other)-[:BORDERS]-(target) })
    AND ($sameState IS NULL OR $sameState = EXISTS { (other)-[:IN_STATE]->(:State)<-[:IN_STATE]-(target) })
OPTIONAL MATCH (other)<-[:VALUES_OF]-(ov:IndicatorValues {year: year})
WITH * WHERE tv IS NULL OR ov IS NOT NULL
WITH *, properties(other) AS there, properties(ov) AS theirs
WITH *, coalesce($basis.shortages[there.ags], []) AS otherCodes

// The ranking works on numbers and keys only; the explanation is built after the LIMIT.

// Structure
WITH *, [s IN stats WHERE mine[s.name] IS NOT NULL AND theirs[s.name] IS NOT NULL] AS sharedStats
WITH *,
     CASE WHEN size(sharedStats) > 0 AND 2 * size(sharedStats) >= size(stats)
       THEN 1.0 / (1.0 + gds.similarity.euclideanDistance([s IN sharedStats | (mine[s.name] - s.mean) / s.sd],
                                                          [s IN sharedStats | (theirs[s.name] - s.mean) / s.sd])
                         / sqrt(size(sharedStats)))
     END AS structure

// Settlement type
WITH *,
     CASE WHEN here.bbsrType IS NOT NULL AND there.bbsrType IS NOT NULL
       THEN 1.0 - abs(here.bbsrType - there.bbsrType) / 3.0 END AS bbsr,
     CASE WHEN here.type IS NOT NULL AND there.type IS NOT NULL
       THEN CASE WHEN here.type = there.type THEN 1.0 ELSE 0.0 END END AS kind,
     CASE WHEN here.population > 0 AND here.areaKm2 > 0 AND there.population > 0 AND there.areaKm2 > 0
       THEN abs(log10((toFloat(here.population) / here.areaKm2) / (toFloat(there.population) / there.areaKm2)))
     END AS densityGap
WITH *, CASE WHEN densityGap IS NULL THEN NULL WHEN densityGap >= 1 THEN 0.0 ELSE 1.0 - densityGap END AS density
WITH *, [p IN [bbsr, kind, density] WHERE p IS NOT NULL] AS settlementParts
WITH *, CASE WHEN size(settlementParts) > 0
  THEN reduce(t = 0.0, p IN settlementParts | t + p) / size(settlementParts) END AS settlement

// Labour-market challenge
WITH *,
     [a IN targetCodes | [b IN otherCodes |
       CASE WHEN a = b THEN 1.0
            WHEN size(a) >= 3 AND size(b) >= 3 AND left(a, 3) = left(b, 3) THEN 0.5
            WHEN left(a, 2) = left(b, 2) THEN 0.25
            ELSE 0.0 END]] AS credits
WITH *,
     CASE WHEN size(targetCodes) > 0 AND size(otherCodes) > 0
       THEN (reduce(t = 0.0, row IN credits | t + reduce(m = 0.0, c IN row | CASE WHEN c > m THEN c ELSE m END))
             + reduce(t = 0.0, j IN range(0, size(otherCodes) - 1) |
                 t + reduce(m = 0.0, row IN credits | CASE WHEN row[j] > m THEN row[j] ELSE m END)))
            / (size(targetCodes) + size(otherCodes))
     END AS labourMarket

// Proximity
WITH *, EXISTS { (target)-[:BORDERS]-(other) } AS bordering, coalesce(flows[there.ags], 0) AS commuters
WITH *,
     CASE WHEN bordering THEN 0.5 ELSE 0.0 END
     + CASE WHEN strongestFlow > 0 THEN 0.5 * commuters / toFloat(strongestFlow) ELSE 0.0 END AS proximity

// Score: weighted mean of the known components
WITH target, here, mine, year, stats, targetShortages, strongestFlow, commutingYear,
     other, there, theirs, sharedStats, structure, bbsr, kind, density, settlement, otherCodes, credits, labourMarket,
     bordering, commuters, proximity,
     [c IN [[$weights.structure, structure], [$weights.settlement, settlement],
            [$weights.labourMarket, labourMarket], [$weights.proximity, proximity]] WHERE c[1] IS NOT NULL] AS known
WITH *, reduce(t = 0.0, c IN known | t + c[0]) AS weightKnown
WITH *, CASE WHEN weightKnown > 0 THEN reduce(t = 0.0, c IN known | t + c[0] * c[1]) / weightKnown ELSE 0.0 END AS score
ORDER BY score DESC, there.ags
LIMIT $first

// The explanation ($explain): the values behind each component.
RETURN there.ags AS ags, score, structure, settlement, labourMarket, proximity, weightKnown,
       year, mine IS NOT NULL AS targetHasValues,
       CASE WHEN $explain THEN here {.*, stateCode: [(target)-[:IN_STATE]->(s) | s.code][0]} END AS target,
       CASE WHEN $explain THEN there {.*, stateCode: [(other)-[:IN_STATE]->(s) | s.code][0]} END AS district,
       CASE WHEN $explain THEN [s IN stats | s.name] END AS usableIndicators,
       CASE WHEN $explain THEN
         [s IN sharedStats |
           {name: s.name, value: mine[s.name], otherValue: theirs[s.name],
            z: (mine[s.name] - s.mean) / s.sd, otherZ: (theirs[s.name] - s.mean) / s.sd}]
       END AS shared,
       here {.name, .type, .bbsrType, .bbsrTypeName} AS here, bbsr, kind, density,
       toFloat(here.population) / here.areaKm2 AS targetDensity,
       toFloat(there.population) / there.areaKm2 AS otherDensity,
       targetShortages,
       COLLECT { MATCH (o:Occupation) WHERE $explain AND o.code IN otherCodes RETURN o {.code, .name} ORDER BY o.code }
         AS otherShortages,
       credits, bordering, commuters, strongestFlow, commutingYear,
       COLLECT { MATCH (i:Indicator) WHERE $explain AND i.name IN $indicators RETURN i {.name, .label, .unit} }
         AS indicatorInfo
