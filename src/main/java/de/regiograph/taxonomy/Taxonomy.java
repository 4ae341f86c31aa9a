package de.regiograph.taxonomy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The terms that classify practices and network focus. */
@Repository
public class Taxonomy {

    private final Neo4jClient client;

    Taxonomy(Neo4jClient client) {
        this.client = client;
    }

    List<TaxonomyTerm> terms(TaxonomyKind kind) {
        var kinds = kind == null ? Arrays.asList(TaxonomyKind.values()) : List.of(kind);
        var cypher = kinds.stream()
                .map(k -> "MATCH (n:" + k.nodeType().label() + ") RETURN " + k.projection() + " AS n")
                .collect(Collectors.joining("\nUNION ALL\n"));
        return client
                .query(cypher)
                .fetchAs(TaxonomyTerm.class)
                .mappedBy((types, record) -> TaxonomyTerm.of(record.get("n")))
                .all()
                .stream()
                .sorted(java.util.Comparator.comparing(TaxonomyTerm::kind).thenComparing(TaxonomyTerm::name))
                .toList();
    }

    /** Creates or updates terms by kind and name. */
    @Transactional
    public void upsert(List<TaxonomyTerm> terms) {
        var byKind = new EnumMap<TaxonomyKind, List<TaxonomyTerm>>(TaxonomyKind.class);
        terms.forEach(t -> byKind.computeIfAbsent(t.kind(), k -> new java.util.ArrayList<>())
                .add(t));
        byKind.forEach((kind, list) -> client.query(
                        """
                        UNWIND $rows AS row
                        MERGE (n:%s {name: row.name})
                        SET n.description = row.description
                        """.formatted(kind.nodeType().label()))
                .bind(list.stream()
                        .map(t -> {
                            var row = new java.util.HashMap<String, Object>();
                            row.put("name", t.name());
                            row.put("description", t.description());
                            return row;
                        })
                        .toList())
                .to("rows")
                .run());
    }
}
