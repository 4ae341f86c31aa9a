package de.regiograph.network;

import de.regiograph.district.District;
import de.regiograph.graph.Changes;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.NodeWrite;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import de.regiograph.graph.Upsert;
import de.regiograph.occupation.Occupation;
import de.regiograph.system.Connection;
import de.regiograph.system.Filter;
import de.regiograph.system.Page;
import de.regiograph.system.Queries;
import de.regiograph.taxonomy.TaxonomyKind;
import de.regiograph.taxonomy.TaxonomyTerm;
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

/** Declared networks, their members, where they are active and what they focus on. */
@Repository
public class Networks {

    private static final Upsert UPSERT = Upsert.of(NodeType.NETWORK)
            .many(RelationshipType.ACTIVE_IN, "activeIn")
            .many(RelationshipType.FOCUSES_ON_OCCUPATION, "focusOccupations")
            .many(RelationshipType.FOCUSES_ON_TARGET_GROUP, "focusTargetGroups")
            .many(RelationshipType.FOCUSES_ON_ACTION_FIELD, "focusActionFields");

    private final Neo4jClient client;
    private final Nodes nodes;

    Networks(Neo4jClient client, Nodes nodes) {
        this.client = client;
        this.nodes = nodes;
    }

    Optional<Network> byId(String id) {
        return Queries.one(
                client,
                "MATCH (n:Network {id: $id}) RETURN " + Network.PROJECTION + " AS n",
                Map.of("id", id),
                Network.class,
                Network::of);
    }

    Connection<Network> list(NetworkController.NetworkFilter filter, NetworkController.NetworkOrder order, Page page) {
        var where = new Filter();
        if (filter != null) {
            where.with(
                            "districtAgs",
                            filter.districtAgs(),
                            "EXISTS { (n)-[:ACTIVE_IN]->(:District {ags: $districtAgs}) }")
                    .with("occupationCode", filter.occupationCode(), """
                            EXISTS { (n)-[:FOCUSES_ON]->(o:Occupation)
                                     WHERE o.code STARTS WITH $occupationCode OR $occupationCode STARTS WITH o.code }""")
                    .with(
                            "targetGroup",
                            filter.targetGroup(),
                            "EXISTS { (n)-[:FOCUSES_ON]->(:TargetGroup {name: $targetGroup}) }")
                    .with(
                            "actionField",
                            filter.actionField(),
                            "EXISTS { (n)-[:FOCUSES_ON]->(:ActionField {name: $actionField}) }")
                    .with("name", filter.name(), "toLower(n.name) CONTAINS toLower($name)");
        }
        var direction = order.direction().name();
        var orderBy = switch (order.field()) {
            case NAME -> "n.name " + direction + ", n.id";
            case FOUNDED -> "n.founded " + direction + ", n.id";
            case MEMBER_COUNT -> Network.MEMBER_COUNT + " " + direction + ", n.id";
        };
        return Queries.page(
                client,
                "MATCH (n:Network)" + where.where(),
                orderBy,
                Network.PROJECTION,
                where.parameters(),
                page,
                Network::of);
    }

    Map<String, List<Network>> activeInDistricts(Collection<String> ags) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:District {ags: key})<-[:ACTIVE_IN]-(n:Network)
                WITH key, n ORDER BY n.name, n.id
                RETURN key, collect(%s) AS items
                """.formatted(Network.PROJECTION), ags, Network::of);
    }

    Map<String, List<Network>> focusingOn(Collection<String> codes) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:Occupation {code: key})<-[:FOCUSES_ON]-(n:Network)
                WITH key, n ORDER BY n.name, n.id
                RETURN key, collect(%s) AS items
                """.formatted(Network.PROJECTION), codes, Network::of);
    }

    Map<String, List<District>> activeIn(Collection<String> ids) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:Network {id: key})-[:ACTIVE_IN]->(n:District)
                WITH key, n ORDER BY n.ags
                RETURN key, collect(%s) AS items
                """.formatted(District.PROJECTION), ids, District::of);
    }

    Map<String, List<Membership>> membersOfNetworks(Collection<String> ids) {
        return memberships("(a:Actor)-[m:MEMBER_OF]->(n:Network {id: key})", "a.name, a.id", ids);
    }

    Map<String, List<Membership>> membershipsOfActors(Collection<String> ids) {
        return memberships("(a:Actor {id: key})-[m:MEMBER_OF]->(n:Network)", "n.name, n.id", ids);
    }

    private Map<String, List<Membership>> memberships(String pattern, String orderBy, Collection<String> ids) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH %s
                WITH key, a, m, n ORDER BY %s
                RETURN key, collect(%s) AS items
                """.formatted(pattern, orderBy, Membership.PROJECTION), ids, Membership::of);
    }

    Map<String, List<Occupation>> focusOccupations(Collection<String> ids) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:Network {id: key})-[:FOCUSES_ON]->(n:Occupation)
                WITH key, n ORDER BY n.code
                RETURN key, collect(%s) AS items
                """.formatted(Occupation.PROJECTION), ids, Occupation::of);
    }

    Map<String, List<TaxonomyTerm>> focusTerms(TaxonomyKind kind, Collection<String> ids) {
        return Queries.grouped(
                client, """
                UNWIND $keys AS key
                MATCH (:Network {id: key})-[:FOCUSES_ON]->(n:%s)
                WITH key, n ORDER BY n.name
                RETURN key, collect(%s) AS items
                """.formatted(kind.nodeType().label(), kind.projection()), ids, TaxonomyTerm::of);
    }

    /** Creates or updates networks by id with where they are active and what they focus on. */
    @Transactional
    public Changes upsert(List<Network> networks, IntFunction<String> argument) {
        return write(networks, argument, NodeWrite.CHECK);
    }

    /**
     * Like {@link #upsert}, taking for granted what {@code write} says (the importer checks whole
     * files, and knows when no node of the type existed before).
     */
    @Transactional
    public Changes write(List<Network> networks, IntFunction<String> argument, NodeWrite write) {
        var references = new References();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < networks.size(); i++) {
            var n = networks.get(i);
            if (write == NodeWrite.CHECK) {
                n.addReferences(argument.apply(i), references);
            }
            var properties = new HashMap<String, Object>();
            properties.put("name", n.name());
            properties.put("description", n.description());
            properties.put("founded", n.founded());
            properties.put("illustrative", n.illustrative());
            var fields = new HashMap<String, Object>();
            fields.put("activeIn", n.activeIn());
            fields.put("focusOccupations", n.focusOccupations());
            fields.put("focusTargetGroups", n.focusTargetGroups());
            fields.put("focusActionFields", n.focusActionFields());
            rows.add(Nodes.row(n.id(), properties, fields));
        }
        return nodes.write(UPSERT, rows, references, write);
    }
}
