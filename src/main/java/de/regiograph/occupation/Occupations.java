package de.regiograph.occupation;

import de.regiograph.graph.Changes;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import de.regiograph.graph.Upsert;
import de.regiograph.system.Queries;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The KldB 2010 hierarchy and districts' shortage occupations. */
@Repository
public class Occupations {

    private static final Upsert UPSERT = Upsert.of(NodeType.OCCUPATION).one(RelationshipType.PART_OF, "parentCode");

    private final Neo4jClient client;
    private final Nodes nodes;

    Occupations(Neo4jClient client, Nodes nodes) {
        this.client = client;
        this.nodes = nodes;
    }

    Optional<Occupation> byCode(String code) {
        return Queries.one(
                client,
                "MATCH (n:Occupation {code: $code}) RETURN " + Occupation.PROJECTION + " AS n",
                Map.of("code", code),
                Occupation.class,
                Occupation::of);
    }

    Map<String, List<Occupation>> byCodes(Collection<String> codes) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (n:Occupation {code: key})
                RETURN key, [%s] AS items
                """.formatted(Occupation.PROJECTION), codes, Occupation::of);
    }

    Map<String, List<Occupation>> children(Collection<String> codes) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:Occupation {code: key})<-[:PART_OF]-(n:Occupation)
                WITH key, n ORDER BY n.code
                RETURN key, collect(%s) AS items
                """.formatted(Occupation.PROJECTION), codes, Occupation::of);
    }

    Map<String, List<Shortage>> shortages(Collection<String> ags) {
        return Queries.grouped(
                client,
                """
                UNWIND $keys AS key
                MATCH (:District {ags: key})-[r:HAS_SHORTAGE]->(n:Occupation)
                WITH key, r, n ORDER BY r.year DESC, r.severity DESC, n.code
                RETURN key, collect({occupation: %s, year: r.year, severity: r.severity}) AS items
                """.formatted(Occupation.PROJECTION),
                ags,
                m -> new Shortage(
                        Occupation.of(m.get("occupation")),
                        m.get("year").asInt(),
                        m.get("severity").asDouble()));
    }

    /**
     * Creates or updates occupations by code, parents before children (a parent may come in the same
     * batch); every parent must exist. {@code argument} names element i in errors.
     */
    @Transactional
    public Changes upsert(List<Occupation> occupations, IntFunction<String> argument) {
        var byLevel = new TreeMap<Integer, List<Integer>>();
        for (int i = 0; i < occupations.size(); i++) {
            byLevel.computeIfAbsent(occupations.get(i).level(), l -> new ArrayList<>())
                    .add(i);
        }
        var changes = Changes.NONE;
        for (var indexes : byLevel.values()) {
            var references = new References();
            var rows = new ArrayList<Map<String, Object>>();
            for (int i : indexes) {
                var o = occupations.get(i);
                o.addReferences(argument.apply(i), references);
                var properties = new HashMap<String, Object>();
                properties.put("level", o.level());
                properties.put("name", o.name());
                properties.put("shortName", o.shortName());
                var fields = new HashMap<String, Object>();
                fields.put("parentCode", o.parentCode());
                rows.add(Nodes.row(o.code(), properties, fields));
            }
            changes = changes.plus(nodes.upsert(UPSERT, rows, references));
        }
        return changes;
    }
}
