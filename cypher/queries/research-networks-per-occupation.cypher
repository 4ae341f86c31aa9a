// Networks per occupation across a state: for every district of the state, the networks active in
// it that focus on an occupation (a KldB code, its sub- and parent codes match). Districts without
// such a network are listed too (networkCount 0): they are where a network is missing.
//
// Parameters (example values):
//   $stateCode    '06'    the state (two-digit key)
//   $occupation   '81'    KldB code, any level (Berufsbereich to Berufsgattung)
//
// Columns: district (map {ags, name}), networkCount, networks (list of {id, name, focus: the matching
// focus codes, memberCount: current members}), shortage (highest severity of a matching shortage
// occupation in the district's latest shortage year, null when none is recorded).

MATCH (d:District)-[:IN_STATE]->(:State {code: $stateCode})
  WHERE coalesce(d.current, true)
CALL (d) {
  OPTIONAL MATCH (n:Network)-[:ACTIVE_IN]->(d)
  WITH n, [(n)-[:FOCUSES_ON]->(o:Occupation)
             WHERE o.code STARTS WITH $occupation OR $occupation STARTS WITH o.code | o.code] AS focus
    WHERE n IS NOT NULL AND size(focus) > 0
  WITH n, focus ORDER BY n.name, n.id
  RETURN collect({id: n.id, name: n.name, focus: apoc.coll.sort(focus),
                  memberCount: COUNT { (n)<-[m:MEMBER_OF]-(:Actor) WHERE m.until IS NULL OR m.until >= date() }})
         AS networks
}
CALL (d) {
  OPTIONAL MATCH (d)-[r:HAS_SHORTAGE]->(:Occupation)
  WITH max(r.year) AS latest
  OPTIONAL MATCH (d)-[r:HAS_SHORTAGE]->(o:Occupation)
    WHERE r.year = latest AND (o.code STARTS WITH $occupation OR $occupation STARTS WITH o.code)
  RETURN max(r.severity) AS shortage
}
RETURN d {.ags, .name} AS district, size(networks) AS networkCount, networks, shortage
ORDER BY d.ags
