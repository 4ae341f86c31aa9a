package de.regiograph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Writes and removes relationships; every end must exist, or nothing is written. */
@Repository
public class Links {

    /** Rows per group from which {@link RelationshipType#changedLinksCypher} reads a group's relationships once. */
    private static final int ROWS_PER_GROUP_FOR_HELD = 4;

    private final Neo4jClient client;

    Links(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Creates or updates the relationships, all of the type given, in one statement; {@code argument}
     * names element i in errors.
     */
    @Transactional
    public Changes link(RelationshipType type, List<Link> links, IntFunction<String> argument) {
        verifyEnds(links, argument);
        return linkVerified(type, links);
    }

    /**
     * Like {@link #link} for relationships whose ends the caller has already checked (the importer
     * checks whole files before writing); a row whose end has gone since is not written.
     */
    @Transactional
    public Changes linkVerified(RelationshipType type, List<Link> links) {
        var rows = links.stream().map(Link::row).toList();
        var grouping = Grouping.of(links);
        return Nodes.writeChanged(
                        client,
                        type.changedLinksCypher(grouping.byEnd(), grouping.large()),
                        type.newLinksCypher(grouping.byEnd()),
                        type.updateLinksCypher(),
                        type.compared(rows),
                        rows)
                .changes(rows.size());
    }

    /**
     * Creates relationships that cannot exist yet (the importer knows an end is a node it created
     * since), without looking for them first; the ends must exist. A row whose end has gone since is
     * not written.
     */
    @Transactional
    public Changes create(RelationshipType type, List<Link> links) {
        var rows = links.stream().map(Link::row).toList();
        int created = client.query(type.newLinksCypher(Grouping.of(links).byEnd()))
                .bind(rows)
                .to("rows")
                .bindAll(Audit.parameters())
                .run()
                .counters()
                .relationshipsCreated();
        return new Changes(created, 0, rows.size() - created);
    }

    /** Removes the relationship; false when the ends exist but were not linked. */
    @Transactional
    public boolean unlink(Link link) {
        verifyEnds(List.of(link), i -> "input");
        var parameters = new HashMap<String, Object>(Audit.parameters());
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
            links.get(i).addReferences(argument.apply(i), references);
        }
        references.verify(client);
    }

    /**
     * How a statement groups the rows: by {@code to} ({@code byEnd}) when it has fewer distinct keys
     * than {@code from}, else by {@code from}; {@code large} when the groups have {@link
     * #ROWS_PER_GROUP_FOR_HELD} rows or more on average (an import's memberships come twenty or so
     * per network, a mutation's link alone).
     */
    private record Grouping(boolean byEnd, boolean large) {

        static Grouping of(List<Link> links) {
            long to = links.stream().map(Link::to).distinct().count();
            long from = links.stream().map(Link::from).distinct().count();
            return new Grouping(to < from, links.size() >= ROWS_PER_GROUP_FOR_HELD * Math.min(to, from));
        }
    }
}
