package de.regiograph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Writes and removes relationships; every end must exist, or nothing is written. */
@Repository
public class Links {

    private final Neo4jClient client;

    Links(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Creates or updates the relationships, all of the type given, in one statement; {@code argument}
     * names element i in errors.
     */
    @Transactional
    public long link(RelationshipType type, List<Link> links, IntFunction<String> argument) {
        verifyEnds(links, argument);
        return client.query(type.mergeCypher())
                .bind(links.stream().map(Link::row).toList())
                .to("rows")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
    }

    /** Removes the relationship; false when the ends exist but were not linked. */
    @Transactional
    public boolean unlink(Link link) {
        verifyEnds(List.of(link), i -> "input");
        var parameters = new HashMap<String, Object>();
        parameters.put("from", link.from());
        parameters.put("to", link.to());
        parameters.put("year", link.properties().get(RelationshipType.Property.YEAR));
        return client.query(link.type().deleteCypher())
                        .bindAll(parameters)
                        .fetchAs(Long.class)
                        .one()
                        .orElse(0L)
                > 0;
    }

    private void verifyEnds(List<Link> links, IntFunction<String> argument) {
        var references = new References();
        for (int i = 0; i < links.size(); i++) {
            var link = links.get(i);
            references.add(argument.apply(i) + ".from", link.type().from(), link.from());
            references.add(argument.apply(i) + ".to", link.type().to(), link.to());
        }
        references.verify(client);
    }

    /** Links grouped by type, in the order the types are declared. */
    public static java.util.Map<RelationshipType, List<Link>> byType(List<Link> links) {
        return links.stream()
                .collect(Collectors.groupingBy(
                        Link::type, () -> new java.util.EnumMap<>(RelationshipType.class), Collectors.toList()));
    }
}
