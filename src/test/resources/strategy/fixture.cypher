// A fictional state 97 for StrategyIT: district 97101 (where the processes run) with actors
// stp-a1..stp-a6 and network stp-net; district 97102, where the practice stp-gp is implemented;
// (and stp-gp2, adopted by the imported process); district 97103 with nothing, which transfer suggestions are asked for to see the practice's origins.
MERGE (s:State {code: '97'}) SET s.name = 'Strategieland'
WITH s
UNWIND [['97101', 'Strategiekreis'], ['97102', 'Vorbildkreis'], ['97103', 'Fragekreis']] AS d
MERGE (district:District {ags: d[0]})
  SET district.name = d[1], district.type = 'LANDKREIS', district.current = true, district.illustrative = true
MERGE (district)-[:IN_STATE]->(s)
WITH count(*) AS districts
MATCH (home:District {ags: '97101'}), (model:District {ags: '97102'})
UNWIND [['stp-a1', 'Strategie Kreisverwaltung', 'DISTRICT_ADMINISTRATION'], ['stp-a2', 'Strategie Klinik', 'COMPANY'],
        ['stp-a3', 'Strategie Kammer', 'CHAMBER'], ['stp-a4', 'Strategie Schule', 'SCHOOL'],
        ['stp-a5', 'Strategie Verein', 'ASSOCIATION'], ['stp-a6', 'Strategie Agentur', 'EMPLOYMENT_AGENCY']] AS a
MERGE (actor:Actor {id: a[0]}) SET actor.name = a[1], actor.kind = a[2], actor.illustrative = true
MERGE (actor)-[:LOCATED_IN]->(home)
WITH home, model, count(*) AS actors
MERGE (n:Network {id: 'stp-net'}) SET n.name = 'Strategie Fachkräftenetz', n.founded = date('2026-02-01'), n.illustrative = true
MERGE (n)-[:ACTIVE_IN]->(home)
MERGE (p:GoodPractice {id: 'stp-gp'})
  SET p.title = 'Strategie Vorbildprojekt', p.illustrative = true, p.spatialLevel = 'REGIONAL',
      p.possibleCarrierKinds = ['CHAMBER'], p.possiblePartnerKinds = []
MERGE (p)-[:IMPLEMENTED_IN {since: date('2020-01-01')}]->(model)
MERGE (p2:GoodPractice {id: 'stp-gp2'})
  SET p2.title = 'Strategie Zweitprojekt', p2.illustrative = true, p2.spatialLevel = 'REGIONAL',
      p2.possibleCarrierKinds = [], p2.possiblePartnerKinds = []
MERGE (p2)-[:IMPLEMENTED_IN]->(model)
