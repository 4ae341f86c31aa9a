// The rules of the graph model that constraints alone do not enforce, one row per rule with the
// number of nodes or relationships that break it (0 everywhere in a consistent database) and up
// to five examples: every node of a keyed label has its key, once; every district lies in exactly
// one state, every actor in exactly one district, every indicator record belongs to exactly one
// district, every occupation below level 1 has exactly one parent; relationships join the labels
// the model says and carry their required properties. Used after crashes and restores; read-only.
//
// Columns: rule (what must hold), violations (count), examples (up to five keys).
UNWIND [['State', 'code'], ['District', 'ags'], ['Occupation', 'code'], ['Actor', 'id'],
        ['Network', 'id'], ['GoodPractice', 'id'], ['Strategy', 'name'], ['TargetGroup', 'name'],
        ['ActionField', 'name'], ['ProjectType', 'name'], ['Indicator', 'name'],
        ['IndicatorValues', 'id']] AS keyed
CALL (keyed) {
  MATCH (n)
  WHERE keyed[0] IN labels(n)
  WITH n[keyed[1]] AS key, count(*) AS nodes
  WHERE key IS NULL OR nodes > 1
  RETURN keyed[0] + ' nodes have a ' + keyed[1] + ', each a different one' AS rule,
         sum(nodes) AS violations, collect(toString(key))[..5] AS examples
}
RETURN rule, violations, examples
UNION ALL
UNWIND [['District', 'IN_STATE', 'State'], ['Actor', 'LOCATED_IN', 'District'],
        ['IndicatorValues', 'VALUES_OF', 'District']] AS owned
CALL (owned) {
  MATCH (n)
  WHERE owned[0] IN labels(n) AND COUNT { (n)-[r]->(m) WHERE type(r) = owned[1] AND owned[2] IN labels(m) } <> 1
  RETURN 'every ' + owned[0] + ' has exactly one ' + owned[1] + ' to a ' + owned[2] AS rule,
         count(n) AS violations, collect(toString(coalesce(n.id, n.ags)))[..5] AS examples
}
RETURN rule, violations, examples
UNION ALL
MATCH (o:Occupation)
WHERE o.level > 1 AND COUNT { (o)-[:PART_OF]->(:Occupation) } <> 1
   OR o.level = 1 AND COUNT { (o)-[:PART_OF]->() } <> 0
RETURN 'every Occupation below level 1 has exactly one PART_OF parent, level 1 none' AS rule,
       count(o) AS violations, collect(o.code)[..5] AS examples
UNION ALL
UNWIND [['BORDERS', 'District', 'District'], ['COMMUTES_TO', 'District', 'District'],
        ['HAS_SHORTAGE', 'District', 'Occupation'], ['MEMBER_OF', 'Actor', 'Network'],
        ['COOPERATES_WITH', 'Actor', 'Actor'], ['ACTIVE_IN', 'Network', 'District'],
        ['IMPLEMENTED_IN', 'GoodPractice', 'District'], ['ADDRESSES', 'GoodPractice', 'Occupation'],
        ['PURSUES', 'GoodPractice', 'Strategy'], ['TARGETS', 'GoodPractice', 'TargetGroup'],
        ['IN_FIELD', 'GoodPractice', 'ActionField'], ['OF_TYPE', 'GoodPractice', 'ProjectType'],
        ['CARRIES', 'Actor', 'GoodPractice'], ['PARTNERS_IN', 'Actor', 'GoodPractice'],
        ['IN_STATE', 'District', 'State'], ['LOCATED_IN', 'Actor', 'District'],
        ['PART_OF', 'Occupation', 'Occupation'], ['VALUES_OF', 'IndicatorValues', 'District']] AS typed
CALL (typed) {
  MATCH (a)-[r]->(b)
  WHERE type(r) = typed[0] AND NOT (typed[1] IN labels(a) AND typed[2] IN labels(b))
  RETURN typed[0] + ' runs from a ' + typed[1] + ' to a ' + typed[2] AS rule,
         count(r) AS violations, collect(elementId(r))[..5] AS examples
}
RETURN rule, violations, examples
UNION ALL
MATCH (a)-[r:FOCUSES_ON]->(b)
WHERE NOT (a:Network AND (b:Occupation OR b:TargetGroup OR b:ActionField))
RETURN 'FOCUSES_ON runs from a Network to an Occupation, TargetGroup or ActionField' AS rule,
       count(r) AS violations, collect(elementId(r))[..5] AS examples
UNION ALL
UNWIND [['MEMBER_OF', ['role']], ['HAS_SHORTAGE', ['year', 'severity']],
        ['COMMUTES_TO', ['year', 'commuters']]] AS required
CALL (required) {
  MATCH (a)-[r]->(b)
  WHERE type(r) = required[0] AND any(p IN required[1] WHERE r[p] IS NULL)
  RETURN required[0] + ' has ' + reduce(s = '', p IN required[1] | s + ' ' + p) AS rule,
         count(r) AS violations, collect(toString(coalesce(a.id, a.ags)) + '->' + toString(coalesce(b.id, b.code, b.ags)))[..5] AS examples
}
RETURN rule, violations, examples
