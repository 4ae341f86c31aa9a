package de.regiograph.landscape;

import de.regiograph.actor.Actor;
import de.regiograph.district.District;
import de.regiograph.district.Districts;
import de.regiograph.graph.MembershipRole;
import de.regiograph.landscape.NetworkLandscape.LandscapeMember;
import de.regiograph.landscape.NetworkLandscape.LandscapeNetwork;
import de.regiograph.landscape.NetworkLandscape.RoleCount;
import de.regiograph.network.Network;
import de.regiograph.occupation.Occupation;
import de.regiograph.system.NotFoundException;
import de.regiograph.system.Values;
import de.regiograph.taxonomy.TaxonomyTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Reads what a network landscape describes (one statement per part, whatever the number of
 * districts), lets GDS analyse the collaboration graph, and assembles the result.
 */
@Service
class Landscapes {

    private static final Logger log = LoggerFactory.getLogger(Landscapes.class);

    private final Neo4jClient client;
    private final Districts districts;
    private final CollaborationGraphs graphs;
    private final LandscapeProperties properties;
    private final NetworkFigures figures;

    private final Executor executor;

    Landscapes(
            Neo4jClient client,
            Districts districts,
            CollaborationGraphs graphs,
            LandscapeProperties properties,
            NetworkFigures figures,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.client = client;
        this.districts = districts;
        this.graphs = graphs;
        this.properties = properties;
        this.figures = figures;
        this.executor = executor;
    }

    /**
     * A network of the landscape: how many actors are members at the landscape's date, its
     * memberships per role, and the members located in the covered districts.
     */
    record DeclaredNetwork(
            Network network,
            int size,
            List<RoleCount> membersByRole,
            List<String> membersInScope,
            boolean activeInScope) {}

    /** A shortage occupation of the covered districts and the networks covering it. */
    record ShortageRow(Occupation occupation, List<DistrictShortage> districts, List<String> networks) {}

    record DistrictShortage(String ags, int year, double severity) {}

    /** A target group or action field and the networks focusing on it. */
    record TermRow(TaxonomyTerm term, List<String> networks) {}

    /**
     * The landscape asked for; GDS analyses its collaboration graph only when {@code analysed}
     * (clusters, brokers or the summary are asked for).
     */
    NetworkLandscape landscape(LandscapeRequest request, boolean analysed) {
        long started = System.nanoTime();
        // the ties of listed districts are sought at once, while this thread checks that they exist
        var listed = request.listedDistricts();
        var scope = listed.isEmpty() ? scope(request) : listed;
        // GDS works on the other core(s) while this thread reads the rest and assembles it
        var ties = CompletableFuture.supplyAsync(
                () -> graphs.ties(scope, request.asOf(), request.minTieStrength()), executor);
        var analysis = analysed ? graphs.analyse(ties) : CollaborationGraphs.Analysis.notAsked();
        try {
            var byAgs = districts.byKeys(scope);
            if (!listed.isEmpty()) {
                request.ags().stream()
                        .filter(ags -> !byAgs.containsKey(ags))
                        .findFirst()
                        .ifPresent(unknown -> {
                            throw unknownDistrict(request.ags(), unknown);
                        });
            }
            var covered = scope.stream()
                    .flatMap(ags -> byAgs.getOrDefault(ags, List.of()).stream())
                    .sorted(Comparator.comparing(District::ags))
                    .toList();
            var actors = actors(scope);
            var networks = networks(scope, request.asOf());
            // a network without members at the date covers nothing
            var networkIds = networks.stream()
                    .filter(n -> n.size() > 0)
                    .map(n -> n.network().id())
                    .toList();
            var shortages = new ArrayList<ShortageRow>();
            var targetGroups = new ArrayList<TermRow>();
            var actionFields = new ArrayList<TermRow>();
            coverage(scope, request.asOf(), networkIds, shortages, targetGroups, actionFields);
            long read = System.nanoTime();
            var found = result(ties);
            long tied = System.nanoTime();
            var landscape = new LandscapeAnalysis(request, properties.informalBelow(), covered, actors, networks)
                    .landscape(found, analysis, shortages, targetGroups, actionFields);
            log.debug(
                    "Landscape of {} districts, {} actors: reads {} ms, then waited {} ms for the ties,"
                            + " assembly without clusters {} ms",
                    scope.size(),
                    actors.size(),
                    (read - started) / 1_000_000,
                    (tied - read) / 1_000_000,
                    (System.nanoTime() - tied) / 1_000_000);
            return landscape;
        } catch (RuntimeException e) {
            analysis.abandon();
            throw e;
        }
    }

    /** The future's value, or the failure it completed with (unwrapped). */
    static <T> T result(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private List<String> scope(LandscapeRequest request) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ags", request.ags());
        parameters.put("state", request.state());
        parameters.put("includeNeighbours", request.includeNeighbours());
        var row = client.query(LandscapeQuery.SCOPE.cypher())
                .bindAll(parameters)
                .fetch()
                .one()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        var unknown = (List<String>) row.get("unknownAgs");
        if (!unknown.isEmpty()) {
            throw unknownDistrict(request.ags(), unknown.get(0));
        }
        if (!(Boolean) row.get("stateFound")) {
            throw new NotFoundException("state", "state", request.state());
        }
        @SuppressWarnings("unchecked")
        var scope = (List<String>) row.get("scope");
        return scope.stream().sorted().toList();
    }

    private static NotFoundException unknownDistrict(List<String> ags, String unknown) {
        return new NotFoundException(LandscapeRequest.agsArgument(ags, ags.indexOf(unknown)), "district", unknown);
    }

    private List<Actor> actors(List<String> scope) {
        return List.copyOf(client.query(LandscapeQuery.ACTORS.cypher())
                .bind(scope)
                .to("scope")
                .fetchAs(Actor.class)
                .mappedBy((types, record) -> Actor.of(record.get("actor")))
                .all());
    }

    /** The landscape's networks; the figures of those {@link NetworkFigures} keeps are not counted again. */
    private List<DeclaredNetwork> networks(List<String> scope, LocalDate asOf) {
        var today = LocalDate.now();
        var known = figures.at(asOf, today);
        return List.copyOf(client.query(LandscapeQuery.NETWORKS.cypher())
                .bindAll(Map.of("scope", scope, "asOf", asOf, "today", today, "known", List.copyOf(known.keySet())))
                .fetchAs(DeclaredNetwork.class)
                .mappedBy((types, record) -> {
                    var network = Network.of(record.get("network"));
                    var counted = record.get("size").isNull()
                            ? known.get(network.id())
                            : new NetworkFigures.Figures(
                                    record.get("size").asInt(),
                                    List.copyOf(record.get("roles")
                                            .asList(r -> new RoleCount(
                                                    Values.constant(r, "item", MembershipRole.class),
                                                    r.get("count").asInt()))),
                                    network.memberCount());
                    known.putIfAbsent(network.id(), counted);
                    return new DeclaredNetwork(
                            network.withMemberCount(counted.memberCount()),
                            counted.size(),
                            counted.membersByRole(),
                            record.get("membersInScope").asList(Value::asString),
                            record.get("activeInScope").asBoolean());
                })
                .all());
    }

    /** The members of landscape networks at their landscape's date, coordinators first, then by name. */
    Map<LandscapeNetwork, List<LandscapeMember>> members(List<LandscapeNetwork> networks) {
        var members = new HashMap<LandscapeNetwork, List<LandscapeMember>>();
        networks.stream()
                .collect(Collectors.groupingBy(n -> List.of(n.scope(), n.asOf())))
                .forEach((landscape, batch) -> {
                    var byId = new HashMap<String, List<LandscapeMember>>();
                    client.query(LandscapeQuery.NETWORK_MEMBERS.cypher())
                            .bindAll(Map.of(
                                    "networks",
                                            batch.stream()
                                                    .map(n -> n.network().id())
                                                    .toList(),
                                    "scope", batch.get(0).scope(),
                                    "asOf", batch.get(0).asOf()))
                            .fetchAs(String.class)
                            .mappedBy((types, record) -> {
                                var id = record.get("network").asString();
                                byId.put(
                                        id,
                                        record.get("members").asList(Landscapes::member).stream()
                                                .sorted(BY_ROLE_AND_NAME)
                                                .toList());
                                return id;
                            })
                            .all();
                    batch.forEach(
                            n -> members.put(n, byId.getOrDefault(n.network().id(), List.of())));
                });
        return members;
    }

    private static final Comparator<LandscapeMember> BY_ROLE_AND_NAME = Comparator.comparing(
                    (LandscapeMember m) -> m.role().ordinal())
            .thenComparing(m -> m.actor().name())
            .thenComparing(m -> m.actor().id());

    private static LandscapeMember member(Value m) {
        return new LandscapeMember(
                Actor.of(m.get("actor")),
                Values.constant(m, "role", MembershipRole.class),
                Values.date(m, "since"),
                Values.date(m, "until"),
                m.get("inScope").asBoolean(false));
    }

    private void coverage(
            List<String> scope,
            LocalDate asOf,
            List<String> networkIds,
            List<ShortageRow> shortages,
            List<TermRow> targetGroups,
            List<TermRow> actionFields) {
        client.query(LandscapeQuery.COVERAGE.cypher())
                .bindAll(Map.of(
                        "scope", scope,
                        "asOf", asOf,
                        "networks", networkIds,
                        "minSeverity", properties.shortageSeverity()))
                .fetchAs(String.class)
                .mappedBy((types, record) -> {
                    var kind = record.get("kind").asString();
                    var item = record.get("item");
                    var networks = record.get("networks").asList(Value::asString);
                    switch (kind) {
                        case "OCCUPATION" ->
                            shortages.add(new ShortageRow(
                                    Occupation.of(item),
                                    record.get("districts")
                                            .asList(d -> new DistrictShortage(
                                                    d.get("ags").asString(),
                                                    d.get("year").asInt(),
                                                    d.get("severity").asDouble())),
                                    networks));
                        case "TARGET_GROUP" -> targetGroups.add(new TermRow(TaxonomyTerm.of(item), networks));
                        default -> actionFields.add(new TermRow(TaxonomyTerm.of(item), networks));
                    }
                    return kind;
                })
                .all();
    }
}
