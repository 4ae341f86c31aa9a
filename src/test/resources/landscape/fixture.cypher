// A fictional state 98 with the planted structure that LandscapeIT checks (idempotent).
// District 98101: group A (lsc-a1..a4) forms network lsc-net-a (focus 813, Incomings, Wohnen);
// lsc-net-c joins lsc-a3, lsc-a4 and lsc-c1 (focus Rückkehrende); group B (lsc-b1..b5) all
// cooperate with each other but form no network; the chamber lsc-x cooperates with lsc-a1 and
// runs a practice with partner lsc-b1 (the broker); lsc-i1 has no tie; lsc-i2 left lsc-net-a at
// the end of 2020; lsc-net-old (focus Mobilität) has no member left. Shortages: 813 (2.5, covered),
// 434 (2.2, no network), 251 (1.5, no shortage). District 98102 borders it; its lsc-n1 cooperates
// with lsc-b1.
MERGE (s:State {code: '98'}) SET s.name = 'Landschaftsland'
WITH s
UNWIND [['98101', 'Landschaftskreis'], ['98102', 'Nachbarkreis']] AS d
MERGE (district:District {ags: d[0]})
  SET district.name = d[1], district.type = 'LANDKREIS', district.current = true, district.illustrative = true
MERGE (district)-[:IN_STATE]->(s)
WITH count(*) AS districts
MATCH (l:District {ags: '98101'}), (n:District {ags: '98102'})
MERGE (l)-[:BORDERS]->(n)
WITH l, n
UNWIND [['lsc-a1', 'Landschaft Firma A1', 'COMPANY'], ['lsc-a2', 'Landschaft Firma A2', 'COMPANY'],
        ['lsc-a3', 'Landschaft Gemeinde A3', 'MUNICIPALITY'], ['lsc-a4', 'Landschaft Schule A4', 'SCHOOL'],
        ['lsc-c1', 'Landschaft Verein C1', 'ASSOCIATION'],
        ['lsc-b1', 'Landschaft Firma B1', 'COMPANY'], ['lsc-b2', 'Landschaft Firma B2', 'COMPANY'],
        ['lsc-b3', 'Landschaft Bildungsträger B3', 'TRAINING_PROVIDER'],
        ['lsc-b4', 'Landschaft Bildungsträger B4', 'TRAINING_PROVIDER'], ['lsc-b5', 'Landschaft Firma B5', 'COMPANY'],
        ['lsc-x', 'Landschaft Kammer X', 'CHAMBER'], ['lsc-i1', 'Landschaft Gewerkschaft I1', 'UNION'],
        ['lsc-i2', 'Landschaft Wohlfahrt I2', 'WELFARE_ORGANISATION'], ['lsc-n1', 'Nachbar Firma N1', 'COMPANY']] AS a
MERGE (actor:Actor {id: a[0]}) SET actor.name = a[1], actor.kind = a[2], actor.illustrative = true
WITH l, actor, CASE actor.id WHEN 'lsc-n1' THEN n ELSE l END AS home
MERGE (actor)-[:LOCATED_IN]->(home)
WITH l, count(*) AS actors
UNWIND [['lsc-net-a', 'Landschaftsnetz A', date('2018-01-01')], ['lsc-net-c', 'Landschaftsnetz C', date('2019-01-01')],
        ['lsc-net-old', 'Landschaftsnetz Alt', date('2010-01-01')]] AS x
MERGE (net:Network {id: x[0]}) SET net.name = x[1], net.founded = x[2], net.illustrative = true
MERGE (net)-[:ACTIVE_IN]->(l)
WITH l, count(*) AS networks
MATCH (a:Network {id: 'lsc-net-a'}), (c:Network {id: 'lsc-net-c'}), (old:Network {id: 'lsc-net-old'}),
      (o813:Occupation {code: '813'}), (o434:Occupation {code: '434'}), (o251:Occupation {code: '251'}),
      (incomings:TargetGroup {name: 'Incomings'}), (returners:TargetGroup {name: 'Rückkehrende'}),
      (housing:ActionField {name: 'Wohnen'}), (mobility:ActionField {name: 'Mobilität'})
MERGE (a)-[:FOCUSES_ON]->(o813)
MERGE (a)-[:FOCUSES_ON]->(incomings)
MERGE (a)-[:FOCUSES_ON]->(housing)
MERGE (c)-[:FOCUSES_ON]->(returners)
MERGE (old)-[:FOCUSES_ON]->(mobility)
MERGE (l)-[s1:HAS_SHORTAGE {year: 2023}]->(o813) SET s1.severity = 2.5
MERGE (l)-[s2:HAS_SHORTAGE {year: 2023}]->(o434) SET s2.severity = 2.2
MERGE (l)-[s3:HAS_SHORTAGE {year: 2023}]->(o251) SET s3.severity = 1.5
WITH count(*) AS focus
UNWIND [['lsc-a1', 'lsc-net-a', 'COORDINATOR', date('2018-01-01'), null],
        ['lsc-a2', 'lsc-net-a', 'MEMBER', date('2018-01-01'), null],
        ['lsc-a3', 'lsc-net-a', 'MEMBER', date('2018-01-01'), null],
        ['lsc-a4', 'lsc-net-a', 'MEMBER', date('2018-01-01'), null],
        ['lsc-i2', 'lsc-net-a', 'MEMBER', date('2018-01-01'), date('2020-12-31')],
        ['lsc-a3', 'lsc-net-c', 'COORDINATOR', date('2019-01-01'), null],
        ['lsc-a4', 'lsc-net-c', 'MEMBER', date('2019-01-01'), null],
        ['lsc-c1', 'lsc-net-c', 'MEMBER', date('2019-01-01'), null],
        ['lsc-i1', 'lsc-net-old', 'MEMBER', date('2010-01-01'), date('2015-12-31')]] AS m
MATCH (actor:Actor {id: m[0]}), (net:Network {id: m[1]})
MERGE (actor)-[r:MEMBER_OF]->(net) SET r.role = m[2], r.since = m[3], r.until = m[4]
WITH count(*) AS memberships
UNWIND [['lsc-b1', 'lsc-b2'], ['lsc-b1', 'lsc-b3'], ['lsc-b1', 'lsc-b4'], ['lsc-b1', 'lsc-b5'], ['lsc-b2', 'lsc-b3'],
        ['lsc-b2', 'lsc-b4'], ['lsc-b2', 'lsc-b5'], ['lsc-b3', 'lsc-b4'], ['lsc-b3', 'lsc-b5'], ['lsc-b4', 'lsc-b5'],
        ['lsc-x', 'lsc-a1'], ['lsc-n1', 'lsc-b1']] AS c
MATCH (a:Actor {id: c[0]}), (b:Actor {id: c[1]})
MERGE (a)-[r:COOPERATES_WITH]->(b) SET r.since = date('2020-01-01')
WITH count(*) AS cooperations
MERGE (p:GoodPractice {id: 'lsc-gp'}) SET p.title = 'Landschaft Praxis', p.started = date('2020-01-01'), p.illustrative = true
WITH p
MATCH (x:Actor {id: 'lsc-x'}), (b1:Actor {id: 'lsc-b1'})
MERGE (x)-[:CARRIES]->(p)
MERGE (b1)-[:PARTNERS_IN]->(p)
RETURN count(*) AS done
