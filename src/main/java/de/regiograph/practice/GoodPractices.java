package de.regiograph.practice;

import de.regiograph.actor.Actor;
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

/** Good practices with their classification, where they are implemented and who carries them. */
@Repository
public class GoodPractices {

    static final String PROJECTION = "n {.*}";

    private static final Upsert UPSERT = Upsert.of(NodeType.GOOD_PRACTICE)
            .many(RelationshipType.PURSUES, "strategies")
            .many(RelationshipType.TARGETS, "targetGroups")
            .many(RelationshipType.IN_FIELD, "actionFields")
            .many(RelationshipType.OF_TYPE, "projectTypes")
            .many(RelationshipType.ADDRESSES, "occupations")
            .many(RelationshipType.IMPLEMENTED_IN, "implementedIn");

    private final Neo4jClient client;
    private final Nodes nodes;

    GoodPractices(Neo4jClient client, Nodes nodes) {
        this.client = client;
        this.nodes = nodes;
    }

    Optional<GoodPractice> byId(String id) {
        return Queries.one(
                client,
                "MATCH (n:GoodPractice {id: $id}) RETURN n {.*} AS n",
                Map.of("id", id),
                GoodPractice.class,
                GoodPractice::of);
    }

    Connection<GoodPractice> list(
            PracticeController.GoodPracticeFilter filter, PracticeController.GoodPracticeOrder order, Page page) {
        var where = new Filter();
        if (filter != null) {
            where.with(
                            "districtAgs",
                            filter.districtAgs(),
                            "EXISTS { (n)-[:IMPLEMENTED_IN]->(:District {ags: $districtAgs}) }")
                    .with("strategy", filter.strategy(), "EXISTS { (n)-[:PURSUES]->(:Strategy {name: $strategy}) }")
                    .with(
                            "targetGroup",
                            filter.targetGroup(),
                            "EXISTS { (n)-[:TARGETS]->(:TargetGroup {name: $targetGroup}) }")
                    .with(
                            "actionField",
                            filter.actionField(),
                            "EXISTS { (n)-[:IN_FIELD]->(:ActionField {name: $actionField}) }")
                    .with(
                            "projectType",
                            filter.projectType(),
                            "EXISTS { (n)-[:OF_TYPE]->(:ProjectType {name: $projectType}) }")
                    .with("occupationCode", filter.occupationCode(), """
                            EXISTS { (n)-[:ADDRESSES]->(o:Occupation)
                                     WHERE o.code STARTS WITH $occupationCode OR $occupationCode STARTS WITH o.code }""")
                    .with(
                            "spatialLevel",
                            filter.spatialLevel() == null
                                    ? null
                                    : filter.spatialLevel().name(),
                            "n.spatialLevel = $spatialLevel")
                    .with("title", filter.title(), "toLower(n.title) CONTAINS toLower($title)");
        }
        var direction = order.direction().name();
        var orderBy = switch (order.field()) {
            case TITLE -> "n.title " + direction + ", n.id";
            case STARTED -> "n.started " + direction + ", n.id";
            case ID -> "n.id " + direction;
        };
        return Queries.page(
                client,
                "MATCH (n:GoodPractice)" + where.where(),
                orderBy,
                PROJECTION,
                where.parameters(),
                page,
                GoodPractice::of);
    }

    Map<String, List<TaxonomyTerm>> terms(String relationship, TaxonomyKind kind, Collection<String> ids) {
        return Queries.grouped(
                client, """
                UNWIND $keys AS key
                MATCH (:GoodPractice {id: key})-[:%s]->(n:%s)
                WITH key, n ORDER BY n.name
                RETURN key, collect(%s) AS items
                """.formatted(relationship, kind.nodeType().label(), kind.projection()), ids, TaxonomyTerm::of);
    }

    Map<String, List<Occupation>> occupations(Collection<String> ids) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:GoodPractice {id: key})-[:ADDRESSES]->(n:Occupation)
                WITH key, n ORDER BY n.code
                RETURN key, collect(%s) AS items
                """.formatted(Occupation.PROJECTION), ids, Occupation::of);
    }

    Map<String, List<District>> implementedIn(Collection<String> ids) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:GoodPractice {id: key})-[:IMPLEMENTED_IN]->(n:District)
                WITH key, n ORDER BY n.ags
                RETURN key, collect(%s) AS items
                """.formatted(District.PROJECTION), ids, District::of);
    }

    /** Actors related to practices: {@code CARRIES} or {@code PARTNERS_IN}. */
    Map<String, List<Actor>> actors(String relationship, Collection<String> ids) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:GoodPractice {id: key})<-[:%s]-(n:Actor)
                WITH key, n ORDER BY n.name, n.id
                RETURN key, collect(%s) AS items
                """.formatted(relationship, Actor.PROJECTION), ids, Actor::of);
    }

    /** Practices related to actors: {@code CARRIES} or {@code PARTNERS_IN}. */
    Map<String, List<GoodPractice>> ofActors(String relationship, Collection<String> ids) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:Actor {id: key})-[:%s]->(n:GoodPractice)
                WITH key, n ORDER BY n.title, n.id
                RETURN key, collect(n {.*}) AS items
                """.formatted(relationship), ids, GoodPractice::of);
    }

    Map<String, List<GoodPractice>> addressing(Collection<String> codes) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:Occupation {code: key})<-[:ADDRESSES]-(n:GoodPractice)
                WITH key, n ORDER BY n.title, n.id
                RETURN key, collect(n {.*}) AS items
                """, codes, GoodPractice::of);
    }

    Map<String, List<GoodPractice>> inDistricts(Collection<String> ags) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:District {ags: key})<-[:IMPLEMENTED_IN]-(n:GoodPractice)
                WITH key, n ORDER BY n.title, n.id
                RETURN key, collect(n {.*}) AS items
                """, ags, GoodPractice::of);
    }

    /** Creates or updates practices by id with their classification and where they are implemented. */
    @Transactional
    public Changes upsert(List<GoodPractice> practices, IntFunction<String> argument) {
        return write(practices, argument, NodeWrite.CHECK);
    }

    /**
     * Like {@link #upsert}, taking for granted what {@code write} says (the importer checks whole
     * files, and knows when no node of the type existed before).
     */
    @Transactional
    public Changes write(List<GoodPractice> practices, IntFunction<String> argument, NodeWrite write) {
        var references = new References();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < practices.size(); i++) {
            var p = practices.get(i);
            if (write == NodeWrite.CHECK) {
                p.addReferences(argument.apply(i), references);
            }
            var properties = new HashMap<String, Object>();
            properties.put("title", p.title());
            properties.put("description", p.description());
            properties.put(
                    "spatialLevel",
                    p.spatialLevel() == null ? null : p.spatialLevel().name());
            properties.put(
                    "possibleCarrierKinds",
                    p.possibleCarrierKinds().stream().map(Enum::name).toList());
            properties.put(
                    "possiblePartnerKinds",
                    p.possiblePartnerKinds().stream().map(Enum::name).toList());
            properties.put("effects", p.effects());
            properties.put("source", p.source());
            properties.put("started", p.started());
            properties.put("illustrative", p.illustrative());
            var fields = new HashMap<String, Object>();
            fields.put("strategies", p.strategies());
            fields.put("targetGroups", p.targetGroups());
            fields.put("actionFields", p.actionFields());
            fields.put("projectTypes", p.projectTypes());
            fields.put("occupations", p.occupations());
            fields.put("implementedIn", p.implementedIn());
            rows.add(Nodes.row(p.id(), properties, fields));
        }
        return nodes.write(UPSERT, rows, references, write);
    }
}
