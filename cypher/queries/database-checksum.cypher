// A fingerprint of the whole graph, to show that a request, a crash or a backup and restore lost or
// changed nothing: node counts per label, relationship counts per type, and SHA-256 hashes over the
// sorted keys of every node (its labels and business key: id, ags, code or name) and of every
// relationship (start key, type, end key). contentHash covers the same plus every property with
// its type, so it also sees changed values. Nodes with a label starting with "__" (the migration
// bookkeeping of Neo4j-Migrations) and their relationships are left out. Read-only; needs APOC
// (apoc.util.sha256, apoc.convert.toJson). Compare two databases by all columns, or by
// nodes, relationships, labels, types and keyHash when properties may legitimately differ.
//
// Columns: nodes (count), relationships (count), labels (list of {label, count}, by label),
// types (list of {type, count}, by type), keyHash (hex), contentHash (hex).
WITH COLLECT {
       MATCH (n)
       WHERE none(l IN labels(n) WHERE l STARTS WITH '__')
       UNWIND labels(n) AS label
       WITH label, count(*) AS count
       ORDER BY label
       RETURN {label: label, count: count}
     } AS labels,
     COLLECT {
       MATCH (a)-[r]->(b)
       WHERE none(l IN labels(a) + labels(b) WHERE l STARTS WITH '__')
       WITH type(r) AS type, count(*) AS count
       ORDER BY type
       RETURN {type: type, count: count}
     } AS types,
     COLLECT {
       MATCH (n)
       WHERE none(l IN labels(n) WHERE l STARTS WITH '__')
       WITH n, reduce(s = '', l IN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } | s + l + ':')
               + toString(coalesce(n.id, n.ags, n.code, n.name, '')) AS key
       WITH key, reduce(s = '', k IN COLLECT { UNWIND keys(n) AS k RETURN k ORDER BY k } |
               s + k + ':' + valueType(n[k]) + '=' + apoc.convert.toJson(n[k]) + ';') AS content
       ORDER BY key, content
       RETURN [key, content]
     } AS nodes,
     COLLECT {
       MATCH (a)-[r]->(b)
       WHERE none(l IN labels(a) + labels(b) WHERE l STARTS WITH '__')
       WITH r,
            reduce(s = '', l IN COLLECT { UNWIND labels(a) AS l RETURN l ORDER BY l } | s + l + ':')
               + toString(coalesce(a.id, a.ags, a.code, a.name, '')) + ' -' + type(r) + '-> '
               + reduce(s = '', l IN COLLECT { UNWIND labels(b) AS l RETURN l ORDER BY l } | s + l + ':')
               + toString(coalesce(b.id, b.ags, b.code, b.name, '')) AS key
       WITH key, reduce(s = '', k IN COLLECT { UNWIND keys(r) AS k RETURN k ORDER BY k } |
               s + k + ':' + valueType(r[k]) + '=' + apoc.convert.toJson(r[k]) + ';') AS content
       ORDER BY key, content
       RETURN [key, content]
     } AS relationships
RETURN size(nodes) AS nodes,
       size(relationships) AS relationships,
       labels,
       types,
       apoc.util.sha256([entry IN nodes + relationships | entry[0] + '\n']) AS keyHash,
       apoc.util.sha256([entry IN nodes + relationships | entry[0] + ' {' + entry[1] + '}\n']) AS contentHash
