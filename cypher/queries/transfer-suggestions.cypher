// Transfer suggestions: good practices implemented in other districts and not yet in this one,
// ranked, with the numbers behind the score and a transferability check in this district.
//
// Parameters (example values):
//   $ags          '06535'
//   $first        10
//   $occupation   null                or e.g. '813': only practices addressing this KldB code, a sub- or parent code of it
//   $targetGroup  null                or e.g. 'Incomings': only practices for this target group
//   $strategy     null                or e.g. 'Fachkräfte gewinnen'
//   $actionField  null                or e.g. 'Wohnen'
//   $similarity   {`06635`: 0.71}     score of each district's similarity with $ags (transfer-comparable-districts)
//   $comparable   ['06635']           the most comparable districts (for the evidence count)
//   $weights      {comparability: 0.4, needs: 0.4, evidence: 0.2}
//   $candidates   5                   actors listed per kind
//
// Method: comparability = similarity of the most comparable district the practice runs in; needs =
// best match of an occupation it addresses with a shortage occupation of this district (latest
// year, severity >= 1.5): 1 when one code contains the other, 0.5 same Berufsgruppe, 0.25 same
// Berufshauptgruppe, 0; 0.25 for a practice open to all occupations; unknown without recorded
// shortages. Evidence = 0.5 x min(1, implementations / 3) + 0.5 if effects are documented.
// The score is the weighted mean of the known components, reduced by half the Jaccard similarity
// of its classification (strategies, target groups, action fields, project types, occupations) with
// the most similar practice already implemented here, when that similarity is 0.5 or more.
// Practices of SUPRA_REGIONAL level are ranked after the others (a district cannot carry them alone).
// A measure of a strategy process INSPIRED_BY a practice (status other than DROPPED) counts as an
// implementation of it in the process's districts: never suggested there, an origin elsewhere.
//
// Columns: practice (map), score, comparability, needs, evidence, weightKnown, origins (list of
// {ags, since, district}), implementations, comparableImplementations, documented, occupations, bestNeed
// ({code, shortage: {code, name}, credit}), shortagesKnown, similarLocal ({practice, jaccard}),
// penalty, spatialLevelFits, checks (list of {kind, role, actorCount, candidates: [{actor, networks}]}),
// anchors (list of {network, occupations, targetGroups, actionFields}).

MATCH (target:District {ags: $ags})
CALL (target) {
  OPTIONAL MATCH (target)-[r:HAS_SHORTAGE]->(:Occupation)
    WHERE r.severity >= 1.5
  WITH target, max(r.year) AS latest
  OPTIONAL MATCH (target)-[r:HAS_SHORTAGE]->(o:Occupation)
    WHERE r.year = latest AND r.severity >= 1.5
  WITH o ORDER BY o.code
  RETURN collect(o {.code, .name}) AS shortages
}
CALL (target) {
  CALL (target) {
    MATCH (target)<-[:IMPLEMENTED_IN]-(q:GoodPractice)
    RETURN q
    UNION
    MATCH (target)<-[:RUNS_IN]-(:StrategyProcess)<-[:OF_PROCESS]-(m:Measure)-[:INSPIRED_BY]->(q:GoodPractice)
      WHERE m.status <> 'DROPPED'
    RETURN q
  }
  WITH q ORDER BY q.id
  RETURN collect({id: q.id, title: q.title, terms: [(q)-[:PURSUES|TARGETS|IN_FIELD|OF_TYPE|ADDRESSES]->(t) |
                                                     labels(t)[0] + ':' + coalesce(t.name, t.code)]}) AS local
}

MATCH (p:GoodPractice)
  WHERE (EXISTS { (p)-[:IMPLEMENTED_IN]->(d:District) WHERE d <> target }
         OR EXISTS { (p)<-[:INSPIRED_BY]-(m:Measure)-[:OF_PROCESS]->(:StrategyProcess)-[:RUNS_IN]->(d:District) WHERE d <> target AND m.status <> 'DROPPED' })
    AND NOT EXISTS { (p)-[:IMPLEMENTED_IN]->(target) }
    AND NOT EXISTS { (p)<-[:INSPIRED_BY]-(m:Measure)-[:OF_PROCESS]->(:StrategyProcess)-[:RUNS_IN]->(target) WHERE m.status <> 'DROPPED' }
    AND ($occupation IS NULL OR EXISTS { (p)-[:ADDRESSES]->(o:Occupation)
                                         WHERE o.code STARTS WITH $occupation OR $occupation STARTS WITH o.code })
    AND ($targetGroup IS NULL OR EXISTS { (p)-[:TARGETS]->(:TargetGroup {name: $targetGroup}) })
    AND ($strategy IS NULL OR EXISTS { (p)-[:PURSUES]->(:Strategy {name: $strategy}) })
    AND ($actionField IS NULL OR EXISTS { (p)-[:IN_FIELD]->(:ActionField {name: $actionField}) })

// Comparability of where it ran, and evidence (only keys and numbers until the ranking is done:
// the rows of every candidate practice are held until then)
WITH target, shortages, local, p,
     apoc.coll.sort(apoc.coll.toSet(
       [(p)-[:IMPLEMENTED_IN]->(d) WHERE d <> target | d.ags]
       + [(p)<-[:INSPIRED_BY]-(m:Measure)-[:OF_PROCESS]->(:StrategyProcess)-[:RUNS_IN]->(d)
            WHERE d <> target AND m.status <> 'DROPPED' | d.ags])) AS originAgs
// (the largest of a list by reduce: apoc.coll.max runs a Cypher statement of its own per call)
WITH *, reduce(m = null, x IN [o IN originAgs | coalesce($similarity[o], 0.0)] |
          CASE WHEN m IS NULL OR x > m THEN x ELSE m END) AS comparability,
     size([o IN originAgs WHERE o IN $comparable]) AS comparableImplementations,
     coalesce(trim(p.effects), '') <> '' AS documented
WITH *, 0.5 * CASE WHEN size(originAgs) >= 3 THEN 1.0 ELSE size(originAgs) / 3.0 END
        + CASE WHEN documented THEN 0.5 ELSE 0.0 END AS evidence

// Needs: the occupation it addresses that best matches a shortage here
WITH *, apoc.coll.sort([(p)-[:ADDRESSES]->(o:Occupation) | o.code]) AS occupations
WITH *, [c IN occupations | [s IN shortages | {code: c, shortage: s, credit:
          CASE WHEN c STARTS WITH s.code OR s.code STARTS WITH c THEN 1.0
               WHEN size(c) >= 3 AND size(s.code) >= 3 AND left(c, 3) = left(s.code, 3) THEN 0.5
               WHEN left(c, 2) = left(s.code, 2) THEN 0.25
               ELSE 0.0 END}]] AS matches
WITH *, head(apoc.coll.sortMaps(apoc.coll.flatten(matches), 'credit')) AS bestNeed
WITH *, CASE WHEN size(shortages) = 0 THEN NULL
             WHEN size(occupations) = 0 THEN 0.25
             ELSE bestNeed.credit END AS needs

// A very similar practice already implemented here
WITH *, [(p)-[:PURSUES|TARGETS|IN_FIELD|OF_TYPE|ADDRESSES]->(t) | labels(t)[0] + ':' + coalesce(t.name, t.code)] AS terms
// (Jaccard of two sets of terms: shared / (both sizes - shared); plain list operations, as this runs
// for every pair of candidate and local practice)
WITH *, [l IN local | size([t IN terms WHERE t IN l.terms])] AS sharedTerms
WITH *, [i IN range(0, size(local) - 1) |
          CASE WHEN size(terms) + size(local[i].terms) = 0 THEN 0.0
               ELSE toFloat(sharedTerms[i]) / (size(terms) + size(local[i].terms) - sharedTerms[i]) END] AS jaccards
WITH *, reduce(m = null, x IN jaccards | CASE WHEN m IS NULL OR x > m THEN x ELSE m END) AS bestJaccard
WITH *, CASE WHEN size(local) > 0 THEN local[apoc.coll.indexOf(jaccards, bestJaccard)] END AS mostSimilar
WITH *, CASE WHEN mostSimilar IS NOT NULL
          THEN {practice: {id: mostSimilar.id, title: mostSimilar.title}, jaccard: bestJaccard} END AS similarLocal
WITH *, CASE WHEN similarLocal.jaccard >= 0.5 THEN similarLocal.jaccard / 2 ELSE 0.0 END AS penalty

// Score
WITH *, [c IN [[$weights.comparability, comparability], [$weights.needs, needs], [$weights.evidence, evidence]]
         WHERE c[1] IS NOT NULL] AS known
WITH *, apoc.coll.sum([c IN known | c[0]]) AS weightKnown
WITH target, p, originAgs, comparability, comparableImplementations, documented, evidence, occupations, bestNeed,
     needs, size(shortages) > 0 AS shortagesKnown, similarLocal, penalty, weightKnown,
     CASE WHEN weightKnown > 0 THEN apoc.coll.sum([c IN known | c[0] * c[1]]) / weightKnown ELSE 0.0 END
       * (1 - penalty) AS score,
     coalesce(p.spatialLevel, '') <> 'SUPRA_REGIONAL' AS spatialLevelFits
ORDER BY spatialLevelFits DESC, score DESC, p.id
LIMIT $first

// Where it ran, for the answer
// (a district where it only inspired a measure has no since)
CALL (p, originAgs) {
  UNWIND originAgs AS ags
  MATCH (d:District {ags: ags})
  OPTIONAL MATCH (p)-[i:IMPLEMENTED_IN]->(d)
  RETURN collect({ags: ags, since: i.since, district: d {.*, stateCode: [(d)-[:IN_STATE]->(s) | s.code][0]}}) AS origins
}

// Anchor networks: networks active here whose focus matches the practice
CALL (p, target) {
  OPTIONAL MATCH (n:Network)-[:ACTIVE_IN]->(target)
  WITH n,
       [(n)-[:FOCUSES_ON]->(o:Occupation)
         WHERE EXISTS { (p)-[:ADDRESSES]->(po:Occupation) WHERE o.code STARTS WITH po.code OR po.code STARTS WITH o.code }
         | o.code + ' ' + o.name] AS occupations,
       [(n)-[:FOCUSES_ON]->(g:TargetGroup)<-[:TARGETS]-(p) | g.name] AS targetGroups,
       [(n)-[:FOCUSES_ON]->(f:ActionField)<-[:IN_FIELD]-(p) | f.name] AS actionFields
  WITH n, occupations, targetGroups, actionFields, size(occupations) + size(targetGroups) + size(actionFields) AS fit
    WHERE fit > 0
  ORDER BY fit DESC, COUNT { (n)<-[m:MEMBER_OF]-(:Actor) WHERE m.until IS NULL OR m.until >= date() } DESC, n.id
  RETURN collect({network: n {.*, memberCount: COUNT { (n)<-[m:MEMBER_OF]-(:Actor) WHERE m.until IS NULL OR m.until >= date() }},
                  occupations: occupations, targetGroups: targetGroups, actionFields: actionFields}) AS anchors
}

// Transferability: actors here of each kind that could carry or partner it, those in anchor networks first
CALL (p, target, anchors) {
  WITH [k IN coalesce(p.possibleCarrierKinds, []) | {kind: k, role: 'CARRIER'}]
       + [k IN coalesce(p.possiblePartnerKinds, []) | {kind: k, role: 'PARTNER'}] AS needs
  UNWIND range(0, size(needs) - 1) AS position
  WITH position, needs[position] AS need
  OPTIONAL MATCH (a:Actor {kind: need.kind})-[:LOCATED_IN]->(target)
  WITH position, need, a,
       [(a)-[m:MEMBER_OF]->(n:Network) WHERE m.until IS NULL OR m.until >= date() | n.id] AS networks
  WITH position, need, a, networks, [x IN anchors WHERE x.network.id IN networks | x.network] AS inAnchors
  ORDER BY size(inAnchors) DESC, size(networks) DESC, a.name, a.id
  WITH position, need, collect(CASE WHEN a IS NOT NULL
                     THEN {actor: a {.*, districtAgs: target.ags}, anchors: inAnchors, networkCount: size(networks)} END) AS actors
  ORDER BY position
  RETURN collect({kind: need.kind, role: need.role, actorCount: size(actors), candidates: actors[0..$candidates]}) AS checks
}
RETURN p {.*} AS practice, score, comparability, needs, evidence, weightKnown, origins,
       size(origins) AS implementations, comparableImplementations, documented, occupations, bestNeed,
       shortagesKnown, similarLocal, penalty, spatialLevelFits, checks, anchors
