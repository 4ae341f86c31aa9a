package de.regiograph.audit;

import de.regiograph.actor.Actor;
import de.regiograph.district.District;
import de.regiograph.district.State;
import de.regiograph.graph.NodeType;
import de.regiograph.network.Network;
import de.regiograph.occupation.Occupation;
import de.regiograph.practice.GoodPractice;
import de.regiograph.taxonomy.TaxonomyTerm;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The field {@code audit} of the main entities: who created and last changed them, and when. */
@Controller
class AuditController {

    /** The audit stamps of one node; null fields for nodes written before stamps were kept. */
    record Audit(String createdBy, ZonedDateTime createdAt, String updatedBy, ZonedDateTime updatedAt) {}

    private final Neo4jClient client;

    AuditController(Neo4jClient client) {
        this.client = client;
    }

    @BatchMapping(typeName = "Actor", field = "audit")
    Map<Actor, Audit> actors(List<Actor> list) {
        return audits(NodeType.ACTOR, list, Actor::id);
    }

    @BatchMapping(typeName = "Network", field = "audit")
    Map<Network, Audit> networks(List<Network> list) {
        return audits(NodeType.NETWORK, list, Network::id);
    }

    @BatchMapping(typeName = "GoodPractice", field = "audit")
    Map<GoodPractice, Audit> practices(List<GoodPractice> list) {
        return audits(NodeType.GOOD_PRACTICE, list, GoodPractice::id);
    }

    @BatchMapping(typeName = "District", field = "audit")
    Map<District, Audit> districts(List<District> list) {
        return audits(NodeType.DISTRICT, list, District::ags);
    }

    @BatchMapping(typeName = "State", field = "audit")
    Map<State, Audit> states(List<State> list) {
        return audits(NodeType.STATE, list, State::code);
    }

    @BatchMapping(typeName = "Occupation", field = "audit")
    Map<Occupation, Audit> occupations(List<Occupation> list) {
        return audits(NodeType.OCCUPATION, list, Occupation::code);
    }

    /** One statement per kind of term in the list. */
    @BatchMapping(typeName = "TaxonomyTerm", field = "audit")
    Map<TaxonomyTerm, Audit> terms(List<TaxonomyTerm> list) {
        var result = new LinkedHashMap<TaxonomyTerm, Audit>();
        list.stream()
                .collect(Collectors.groupingBy(TaxonomyTerm::kind))
                .forEach((kind, terms) -> result.putAll(audits(kind.nodeType(), terms, TaxonomyTerm::name)));
        return result;
    }

    private <P> Map<P, Audit> audits(NodeType type, List<P> list, Function<P, String> key) {
        var stamps = stamps(
                """
                UNWIND $keys AS key
                MATCH (n:%s {%s: key})
                RETURN key, n.createdBy AS createdBy, n.createdAt AS createdAt,
                       // not changed since it was created: the creation is the last change
                       CASE WHEN n.updatedAt IS NULL THEN n.createdBy ELSE n.updatedBy END AS updatedBy,
                       coalesce(n.updatedAt, n.createdAt) AS updatedAt""".formatted(type.label(), type.key()),
                list.stream().map(key).distinct().toList());
        return byParent(list, key, stamps);
    }

    private Map<String, Audit> stamps(String cypher, Collection<?> keys) {
        var stamps = new HashMap<String, Audit>();
        client.query(cypher)
                .bind(keys)
                .to("keys")
                .fetch()
                .all()
                .forEach(row -> stamps.put(
                        (String) row.get("key"),
                        new Audit(
                                (String) row.get("createdBy"),
                                (ZonedDateTime) row.get("createdAt"),
                                (String) row.get("updatedBy"),
                                (ZonedDateTime) row.get("updatedAt"))));
        return stamps;
    }

    private static <P> Map<P, Audit> byParent(List<P> list, Function<P, String> key, Map<String, Audit> stamps) {
        var result = new LinkedHashMap<P, Audit>();
        list.forEach(parent -> result.put(parent, stamps.get(key.apply(parent))));
        return result;
    }
}
