// A fictional district 96101 (state 96) for LandscapeIT's big-network case (idempotent): its 60 actors
// lsc-g01..lsc-g60 are all members of lsc-net-big, and lsc-g01 and lsc-g02 also of the two-member
// lsc-net-pair. Nothing else ties them.
MERGE (s:State {code: '96'}) SET s.name = 'Großnetzland'
MERGE (d:District {ags: '96101'})
  SET d.name = 'Großnetzkreis', d.type = 'LANDKREIS', d.current = true, d.illustrative = true
MERGE (d)-[:IN_STATE]->(s)
MERGE (big:Network {id: 'lsc-net-big'})
  SET big.name = 'Landschaft Großnetz', big.founded = date('2020-01-01'), big.illustrative = true
MERGE (pair:Network {id: 'lsc-net-pair'})
  SET pair.name = 'Landschaft Paarnetz', pair.founded = date('2020-01-01'), pair.illustrative = true
WITH d, big, pair
UNWIND range(1, 60) AS i
MERGE (a:Actor {id: 'lsc-g' + right('0' + toString(i), 2)})
  SET a.name = 'Landschaft Großnetz Firma ' + i, a.kind = 'COMPANY', a.illustrative = true
MERGE (a)-[:LOCATED_IN]->(d)
MERGE (a)-[m:MEMBER_OF]->(big) SET m.role = 'MEMBER', m.since = date('2020-01-01')
WITH a, pair
  WHERE a.id IN ['lsc-g01', 'lsc-g02']
MERGE (a)-[m:MEMBER_OF]->(pair) SET m.role = 'MEMBER', m.since = date('2020-01-01')
RETURN count(*) AS done
