package de.regiograph.taxonomy;

import de.regiograph.graph.Changes;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.References;
import de.regiograph.graph.Upsert;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The terms that classify practices and network focus. */
@Repository
public class Taxonomy {

    private final Neo4jClient client;
    private final Nodes nodes;

    Taxonomy(Neo4jClient client, Nodes nodes) {
        this.client = client;
        this.nodes = nodes;
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
    public Changes upsert(List<TaxonomyTerm> terms) {
        var byKind = new EnumMap<TaxonomyKind, List<Map<String, Object>>>(TaxonomyKind.class);
        for (var term : terms) {
            var properties = new HashMap<String, Object>();
            properties.put("description", term.description());
            byKind.computeIfAbsent(term.kind(), k -> new ArrayList<>())
                    .add(Nodes.row(term.name(), properties, Map.of()));
        }
        var changes = Changes.NONE;
        for (var entry : byKind.entrySet()) {
            changes = changes.plus(
                    nodes.upsert(Upsert.of(entry.getKey().nodeType()), entry.getValue(), new References()));
        }
        return changes;
    }
}
