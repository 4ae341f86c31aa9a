package de.regiograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.regiograph.system.QueryLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;

/**
 * Workloads 4a and 4b: {@code networkLandscape} end to end over HTTP against the raw GDS calls alone
 * through the driver, one after the other: the same ties statement, projection, Leiden,
 * betweenness and drop (the application's own query files, with its default weights and seed), so
 * that the ratio is what the application adds: the district, actor, network and coverage reads (and
 * the scope of a state), the analysis in Java, GraphQL and the JSON; and what it saves by finding
 * clusters and brokers at the same time.
 */
final class LandscapeWorkloads {

    /** What a client drawing the landscape asks for: everything but the coverage's long term lists. */
    private static final String DOCUMENT = """
            query($ags: [ID!], $state: ID) {
              networkLandscape(ags: $ags, state: $state) {
                summary { actors ties density modularity clusters informalClusters isolatedActors networks activeNetworks }
                networks { network { id name } size membersInScope active activeInScope }
                clusters { id size members { id } bestMatch { network { id } jaccard } informal }
                brokers { actor { id name } score cluster connectsClusters }
                overlaps { first { id } second { id } jaccard }
                isolatedActors { id }
                ties { from { id } to { id } strength }
                coverage { uncoveredShortages { code } uncoveredTargetGroups { name } uncoveredActionFields { name } }
              }
            }
            """;

    private static final String TIES = QueryLibrary.read("landscape-ties");
    private static final String PROJECT = QueryLibrary.read("landscape-project");
    private static final String CLUSTERS = QueryLibrary.read("landscape-clusters");
    private static final String BROKERS = QueryLibrary.read("landscape-brokers");
    private static final String DROP = QueryLibrary.read("landscape-drop");
    private static final int TOP_BROKERS = 10;

    private final GraphQlClient graphQl;
    private final Driver driver;
    private final ObjectMapper json = new ObjectMapper();

    LandscapeWorkloads(GraphQlClient graphQl, Driver driver) {
        this.graphQl = graphQl;
        this.driver = driver;
    }

    /** Workload 4a: the landscape of one district. */
    Workload district(int repetitions, String ags) {
        var variables = new HashMap<String, Object>();
        variables.put("ags", List.of(ags));
        return workload("4a network landscape of district " + ags, repetitions, variables, List.of(ags));
    }

    /** Workload 4b: the landscape of a whole state. */
    Workload state(int repetitions, String state) {
        var variables = new HashMap<String, Object>();
        variables.put("state", state);
        return workload("4b network landscape of state " + state, repetitions, variables, districtsOf(state));
    }

    private Workload workload(String name, int repetitions, Map<String, Object> variables, List<String> scope) {
        return Workload.read(
                name,
                repetitions,
                () -> Workload.Response.of(graphQl.post(DOCUMENT, variables)),
                () -> Workload.Response.of(gdsCalls(scope)),
                this::sameAnalysis);
    }

    /**
     * The baseline: ties, projection, Leiden, betweenness, drop, one after the other; answers the
     * figures the candidate's summary and brokers must show.
     */
    private String gdsCalls(List<String> scope) throws Exception {
        var graph = "bench-landscape-" + UUID.randomUUID();
        var parameters = new HashMap<String, Object>();
        parameters.put("scope", scope);
        parameters.put("asOf", LocalDate.now());
        parameters.put("minTieStrength", 1.0);
        parameters.put("membershipWeight", 1.0);
        parameters.put("fullWeightNetworkSize", 50);
        parameters.put("cooperationWeight", 2.0);
        parameters.put("practiceWeight", 1.5);
        parameters.put("meetingWeight", 1.0);
        parameters.put("meetingsSince", LocalDate.now().minusYears(3));
        parameters.put("workingGroupWeight", 1.5);
        try (var session = driver.session()) {
            var ties = session.run(TIES, parameters)
                    .list(r -> Map.<String, Object>of(
                            "a", r.get("a").asString(),
                            "b", r.get("b").asString(),
                            "strength", r.get("strength").asDouble()));
            if (ties.isEmpty()) {
                return json.writeValueAsString(Map.of("ties", 0));
            }
            try {
                session.run(PROJECT, Map.of("graph", graph, "ties", ties)).consume();
                var clusterSizes = new HashMap<Long, Integer>();
                double modularity = 0;
                for (var r : session.run(CLUSTERS, Map.of("graph", graph, "randomSeed", 42L))
                        .list()) {
                    clusterSizes.merge(r.get("cluster").asLong(), 1, Integer::sum);
                    modularity = r.get("modularity").asDouble();
                }
                var scores = new ArrayList<Double>();
                for (var r : session.run(BROKERS, Map.of("graph", graph)).list()) {
                    if (r.get("brokerScore").asDouble() > 0) {
                        scores.add(r.get("brokerScore").asDouble());
                    }
                }
                scores.sort((x, y) -> Double.compare(y, x));
                var answer = new LinkedHashMap<String, Object>();
                answer.put("ties", ties.size());
                answer.put("modularity", modularity);
                answer.put(
                        "clusters",
                        clusterSizes.values().stream().filter(s -> s >= 2).count());
                answer.put("brokerScores", scores.subList(0, Math.min(TOP_BROKERS, scores.size())));
                return json.writeValueAsString(answer);
            } finally {
                session.run(DROP, Map.of("graph", graph)).consume();
            }
        }
    }

    /** Same number of ties and clusters, same modularity and the same top broker scores. */
    private void sameAnalysis(String candidate, String baseline) throws Exception {
        var landscape = json.readTree(candidate).path("data").path("networkLandscape");
        var summary = landscape.path("summary");
        var expected = json.readTree(baseline);
        check("ties", summary.path("ties").asInt(), expected.path("ties").asInt());
        if (expected.path("ties").asInt() == 0) {
            return;
        }
        check(
                "clusters",
                summary.path("clusters").asInt(),
                expected.path("clusters").asInt());
        close(
                "modularity",
                summary.path("modularity").asDouble(),
                expected.path("modularity").asDouble());
        var scores = new ArrayList<Double>();
        landscape.path("brokers").forEach(b -> scores.add(b.path("score").asDouble()));
        var expectedScores = new ArrayList<Double>();
        expected.path("brokerScores").forEach(s -> expectedScores.add(s.asDouble()));
        check("brokers", scores.size(), expectedScores.size());
        for (int i = 0; i < scores.size(); i++) {
            close("broker score " + (i + 1), scores.get(i), expectedScores.get(i));
        }
        System.out.printf(
                "   check: %d ties, %d clusters, modularity %.4f, top broker score %.1f on both sides%n",
                summary.path("ties").asInt(),
                summary.path("clusters").asInt(),
                summary.path("modularity").asDouble(),
                scores.isEmpty() ? 0.0 : scores.get(0));
    }

    private static void check(String what, int candidate, int baseline) {
        if (candidate != baseline) {
            throw new IllegalStateException(what + ": candidate " + candidate + ", baseline " + baseline);
        }
    }

    static void close(String what, double candidate, double baseline) {
        if (Math.abs(candidate - baseline) > 1e-6 * Math.max(1, Math.abs(baseline))) {
            throw new IllegalStateException(what + ": candidate " + candidate + ", baseline " + baseline);
        }
    }

    private List<String> districtsOf(String state) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (d:District)-[:IN_STATE]->(:State {code: $state}) RETURN d.ags AS ags ORDER BY ags",
                            Map.of("state", state))
                    .list(r -> r.get("ags").asString());
        }
    }
}
