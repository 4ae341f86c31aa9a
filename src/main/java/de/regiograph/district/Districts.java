package de.regiograph.district;

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

/** Districts and states in the graph. */
@Repository
public class Districts {

    private static final Upsert UPSERT_STATES = Upsert.of(NodeType.STATE);
    private static final Upsert UPSERT_INDICATORS = Upsert.of(NodeType.INDICATOR);
    private static final Upsert UPSERT_INDICATOR_VALUES =
            Upsert.of(NodeType.INDICATOR_VALUES).one(RelationshipType.VALUES_OF, "ags");
    private static final Upsert UPSERT_DISTRICTS =
            Upsert.of(NodeType.DISTRICT).one(RelationshipType.IN_STATE, "stateCode");

    private final Neo4jClient client;
    private final Nodes nodes;

    Districts(Neo4jClient client, Nodes nodes) {
        this.client = client;
        this.nodes = nodes;
    }

    Optional<District> byAgs(String ags) {
        return Queries.one(
                client,
                "MATCH (n:District {ags: $ags}) RETURN " + District.PROJECTION + " AS n",
                Map.of("ags", ags),
                District.class,
                District::of);
    }

    Connection<District> list(
            DistrictController.DistrictFilter filter, DistrictController.DistrictOrder order, Page page) {
        var where = new Filter();
        if (filter != null) {
            where.with("stateCode", filter.stateCode(), "EXISTS { (n)-[:IN_STATE]->(:State {code: $stateCode}) }")
                    .with("type", filter.type() == null ? null : filter.type().name(), "n.type = $type")
                    .with("bbsrType", filter.bbsrType(), "n.bbsrType = $bbsrType")
                    .with("name", filter.name(), "toLower(n.name) CONTAINS toLower($name)");
        }
        var direction = order.direction().name();
        var orderBy = switch (order.field()) {
            case AGS -> "n.ags " + direction;
            case NAME -> "n.name " + direction + ", n.ags";
            case POPULATION -> "n.population " + direction + ", n.ags";
        };
        return Queries.page(
                client,
                "MATCH (n:District)" + where.where(),
                orderBy,
                District.PROJECTION,
                where.parameters(),
                page,
                District::of);
    }

    Map<String, List<District>> neighbours(Collection<String> ags) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:District {ags: key})-[:BORDERS]-(n:District)
                WITH key, n ORDER BY n.ags
                RETURN key, collect(%s) AS items
                """.formatted(District.PROJECTION), ags, District::of);
    }

    /** The districts with the given keys, each in a list of one, for batch mappings. */
    public Map<String, List<District>> byKeys(Collection<String> ags) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (n:District {ags: key})
                RETURN key, [%s] AS items
                """.formatted(District.PROJECTION), ags, District::of);
    }

    Map<String, List<District>> ofStates(Collection<String> codes) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (:State {code: key})<-[:IN_STATE]-(n:District)
                WITH key, n ORDER BY n.ags
                RETURN key, collect(%s) AS items
                """.formatted(District.PROJECTION), codes, District::of);
    }

    Map<String, List<State>> states(Collection<String> codes) {
        return Queries.grouped(client, """
                UNWIND $keys AS key
                MATCH (n:State {code: key})
                RETURN key, [n {.*}] AS items
                """, codes, State::of);
    }

    List<State> allStates() {
        return List.copyOf(client.query("MATCH (n:State) RETURN n {.*} AS n ORDER BY n.code")
                .fetchAs(State.class)
                .mappedBy((types, record) -> State.of(record.get("n")))
                .all());
    }

    /** Creates or updates states by code. */
    @Transactional
    public Changes upsertStates(List<State> states) {
        var rows = states.stream()
                .map(s -> {
                    var properties = new HashMap<String, Object>();
                    properties.put("name", s.name());
                    properties.put("nuts1", s.nuts1());
                    return Nodes.row(s.code(), properties, Map.of());
                })
                .toList();
        return nodes.upsert(UPSERT_STATES, rows, new References());
    }

    /**
     * Creates or updates districts by AGS, each in its state (which must exist); {@code argument}
     * names element i in errors.
     */
    @Transactional
    public Changes upsertDistricts(List<District> districts, IntFunction<String> argument) {
        var references = new References();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < districts.size(); i++) {
            var d = districts.get(i);
            d.addReferences(argument.apply(i), references);
            var properties = new HashMap<String, Object>();
            properties.put("name", d.name());
            properties.put("nameOfficial", d.nameOfficial());
            properties.put("type", d.type().name());
            properties.put("bbsrType", d.bbsrType());
            properties.put("bbsrTypeName", d.bbsrTypeName());
            properties.put("population", d.population());
            properties.put("areaKm2", d.areaKm2());
            properties.put("lat", d.lat());
            properties.put("lon", d.lon());
            properties.put("current", d.current());
            properties.put("illustrative", d.illustrative());
            rows.add(Nodes.row(d.ags(), properties, Map.of("stateCode", d.stateCode())));
        }
        return nodes.upsert(UPSERT_DISTRICTS, rows, references);
    }

    /** Creates or updates indicators of the codebook by name. */
    @Transactional
    public Changes upsertIndicators(List<Indicator> indicators) {
        var rows = indicators.stream()
                .map(i -> {
                    var properties = new HashMap<String, Object>();
                    properties.put("label", i.label());
                    properties.put("unit", i.unit());
                    properties.put("category", i.category());
                    properties.put("inkarCode", i.inkarCode());
                    properties.put("notes", i.notes());
                    return Nodes.row(i.name(), properties, Map.of());
                })
                .toList();
        return nodes.upsert(UPSERT_INDICATORS, rows, new References());
    }

    /**
     * Creates or updates the statistics of districts in years; values given replace those stored,
     * values not given are kept (several files contribute to one district and year).
     */
    @Transactional
    public Changes upsertIndicatorValues(List<IndicatorValues> values, IntFunction<String> argument) {
        var references = new References();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < values.size(); i++) {
            var v = values.get(i);
            v.addReferences(argument.apply(i), references);
            var properties = new HashMap<String, Object>(v.values());
            properties.put("ags", v.ags());
            properties.put("year", v.year());
            rows.add(Nodes.row(v.id(), properties, Map.of("ags", v.ags())));
        }
        return nodes.upsert(UPSERT_INDICATOR_VALUES, rows, references);
    }
}
