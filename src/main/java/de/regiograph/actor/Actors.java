package de.regiograph.actor;

import de.regiograph.graph.Changes;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import de.regiograph.graph.Upsert;
import de.regiograph.system.Connection;
import de.regiograph.system.Filter;
import de.regiograph.system.Page;
import de.regiograph.system.Queries;
import de.regiograph.system.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Actors in the graph. */
@Repository
public class Actors {

    private static final Upsert UPSERT = Upsert.of(NodeType.ACTOR).one(RelationshipType.LOCATED_IN, "districtAgs");

    private final Neo4jClient client;
    private final Nodes nodes;

    Actors(Neo4jClient client, Nodes nodes) {
        this.client = client;
        this.nodes = nodes;
    }

    Optional<Actor> byId(String id) {
        return Queries.one(
                client,
                "MATCH (n:Actor {id: $id}) RETURN " + Actor.PROJECTION + " AS n",
                Map.of("id", id),
                Actor.class,
                Actor::of);
    }

    Connection<Actor> list(ActorController.ActorFilter filter, ActorController.ActorOrder order, Page page) {
        var where = new Filter();
        if (filter != null) {
            where.with(
                            "kinds",
                            filter.kinds() == null
                                    ? null
                                    : filter.kinds().stream().map(Enum::name).toList(),
                            "n.kind IN $kinds")
                    .with(
                            "districtAgs",
                            filter.districtAgs(),
                            "EXISTS { (n)-[:LOCATED_IN]->(:District {ags: $districtAgs}) }")
                    .with("networkId", filter.networkId(), "EXISTS { (n)-[:MEMBER_OF]->(:Network {id: $networkId}) }")
                    .with("name", filter.name(), "toLower(n.name) CONTAINS toLower($name)");
        }
        var direction = order.direction().name();
        var orderBy = switch (order.field()) {
            case NAME -> "n.name " + direction + ", n.id";
            case ID -> "n.id " + direction;
            case KIND -> "n.kind " + direction + ", n.name, n.id";
        };
        return Queries.page(
                client,
                "MATCH (n:Actor)" + where.where(),
                orderBy,
                Actor.PROJECTION,
                where.parameters(),
                page,
                Actor::of);
    }

    /** The actors with the given ids, each in a list of one, for batch mappings. */
    public Map<String, List<Actor>> byIds(Collection<String> ids) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (n:Actor {id: key})
                RETURN key, [%s] AS items
                """.formatted(Actor.PROJECTION), ids, Actor::of);
    }

    Map<String, List<Actor>> inDistricts(Collection<String> ags) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:District {ags: key})<-[:LOCATED_IN]-(n:Actor)
                WITH key, n ORDER BY n.name, n.id
                RETURN key, collect(n {.*, districtAgs: key}) AS items
                """, ags, Actor::of);
    }

    Map<String, List<Cooperation>> cooperations(Collection<String> ids) {
        return Queries.grouped(
                client,
                """
                UNWIND $keys AS key
                MATCH (:Actor {id: key})-[r:COOPERATES_WITH]-(n:Actor)
                WITH key, r, n ORDER BY n.name, n.id
                RETURN key, collect({partner: %s, since: r.since, topic: r.topic}) AS items
                """.formatted(Actor.PROJECTION),
                ids,
                m -> new Cooperation(Actor.of(m.get("partner")), Values.date(m, "since"), Values.text(m, "topic")));
    }

    /**
     * Creates or updates actors by id, each located in its district (which must exist);
     * {@code argument} names element i in errors.
     */
    @Transactional
    public Changes upsert(List<Actor> actors, IntFunction<String> argument) {
        var references = new References();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < actors.size(); i++) {
            var a = actors.get(i);
            a.addReferences(argument.apply(i), references);
            var properties = new HashMap<String, Object>();
            properties.put("name", a.name());
            properties.put("kind", a.kind().name());
            properties.put("description", a.description());
            properties.put("website", a.website());
            properties.put("illustrative", a.illustrative());
            rows.add(Nodes.row(a.id(), properties, Map.of("districtAgs", a.districtAgs())));
        }
        return nodes.upsert(UPSERT, rows, references);
    }
}
