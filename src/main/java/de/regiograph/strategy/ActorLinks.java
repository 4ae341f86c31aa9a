package de.regiograph.strategy;

import de.regiograph.graph.Changes;
import de.regiograph.graph.Link;
import de.regiograph.graph.Links;
import de.regiograph.graph.RelationshipType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The actors taking part in workshops, working groups and meetings, linked through {@link Links}. */
@Component
class ActorLinks {

    private final Neo4jClient client;
    private final Links links;

    ActorLinks(Neo4jClient client, Links links) {
        this.client = client;
        this.links = links;
    }

    /**
     * Makes the actors linked to each element by {@code type} exactly those of its list; a null
     * list leaves them as they are. The ends were checked with the element's references.
     */
    <T> Changes replace(
            RelationshipType type, List<T> elements, Function<T, String> key, Function<T, List<String>> actors) {
        var rows = new ArrayList<Map<String, Object>>();
        var linked = new ArrayList<Link>();
        for (var element : elements) {
            var ids = actors.apply(element);
            if (ids != null) {
                rows.add(Map.of("key", key.apply(element), "actors", ids));
                ids.stream()
                        .distinct()
                        .forEach(actor -> linked.add(Link.of("input", type, actor, key.apply(element), Map.of())));
            }
        }
        client.query("""
                        UNWIND $rows AS row
                        MATCH (:%s {id: row.key})<-[r:%s]-(a:Actor)
                        WHERE NOT a.id IN row.actors
                        DELETE r""".formatted(type.to().label(), type.graphType()))
                .bind(rows)
                .to("rows")
                .run();
        return links.linkVerified(type, linked);
    }
}
