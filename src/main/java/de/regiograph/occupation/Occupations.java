package de.regiograph.occupation;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.ConflictException;
import de.regiograph.system.NotFoundException;
import de.regiograph.system.Queries;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The KldB 2010 hierarchy and districts' shortage occupations. */
@Repository
public class Occupations {

    private final Neo4jClient client;

    Occupations(Neo4jClient client) {
        this.client = client;
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
    public void upsert(List<Occupation> occupations, IntFunction<String> argument) {
        var byLevel = new java.util.TreeMap<Integer, List<Integer>>();
        for (int i = 0; i < occupations.size(); i++) {
            byLevel.computeIfAbsent(occupations.get(i).level(), l -> new java.util.ArrayList<>())
                    .add(i);
        }
        for (var indexes : byLevel.values()) {
            var level = indexes.stream().map(occupations::get).toList();
            var references = new References();
            for (int i : indexes) {
                references.add(
                        argument.apply(i) + ".parentCode",
                        NodeType.OCCUPATION,
                        occupations.get(i).parentCode());
            }
            references.verify(client);
            client.query("""
                            UNWIND $rows AS row
                            MERGE (n:Occupation {code: row.code})
                            SET n.level = row.level, n.name = row.name, n.shortName = row.shortName
                            WITH n, row
                            MATCH (p:Occupation {code: row.parentCode})
                            MERGE (n)-[:PART_OF]->(p)
                            """)
                    .bind(level.stream()
                            .map(o -> {
                                var row = new HashMap<String, Object>();
                                row.put("code", o.code());
                                row.put("level", o.level());
                                row.put("name", o.name());
                                row.put("shortName", o.shortName());
                                row.put("parentCode", o.parentCode());
                                return row;
                            })
                            .toList())
                    .to("rows")
                    .run();
        }
    }

    @Transactional
    void delete(String code) {
        var children = client.query("""
                        MATCH (n:Occupation {code: $code})
                        WITH n, COUNT { (n)<-[:PART_OF]-(:Occupation) } AS children
                        CALL (n, children) {
                          WITH n WHERE children = 0
                          DETACH DELETE n
                        }
                        RETURN children
                        """)
                .bind(code)
                .to("code")
                .fetchAs(Long.class)
                .one()
                .orElseThrow(() -> new NotFoundException("code", "occupation", code));
        if (children > 0) {
            throw new ConflictException(
                    "Occupation " + code + " has " + children + " sub-occupations; delete them first");
        }
    }
}
