package de.regiograph.landscape;

import de.regiograph.system.UnavailableException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds the collaboration graph of a landscape and runs its GDS part: projects the graph under a
 * name of its own (concurrent requests never share one), finds its clusters and its brokers at the
 * same time, and drops it again once both are found, also when a step fails (on another thread,
 * while the answer is written).
 */
@Component
class CollaborationGraphs {

    private static final Logger log = LoggerFactory.getLogger(CollaborationGraphs.class);

    private final Neo4jClient client;
    private final LandscapeProperties properties;
    private final Executor executor;

    CollaborationGraphs(
            Neo4jClient client,
            LandscapeProperties properties,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.client = client;
        this.properties = properties;
        this.executor = executor;
    }

    /**
     * GDS's analysis of a landscape's ties as it comes: the clustered graph and the broker scores
     * (betweenness per actor with a tie), each as soon as GDS has found it. Leiden is the quicker, so
     * the clusters can be written while the brokers are still sought.
     */
    record Analysis(
            CompletableFuture<CollaborationGraph> clustered,
            CompletableFuture<Map<String, Double>> brokerScores,
            AtomicBoolean abandoned) {

        /** No analysis: its parts fail when a client asks for them. */
        static Analysis notAsked() {
            var failure = new IllegalStateException("neither clusters, brokers nor the summary were asked for");
            return new Analysis(
                    CompletableFuture.failedFuture(failure),
                    CompletableFuture.failedFuture(failure),
                    new AtomicBoolean());
        }

        /** Spares GDS the work when it has not begun yet: nobody will ask for the result. */
        void abandon() {
            abandoned.set(true);
        }
    }

    /** The ties among the actors of the covered districts (landscape-ties), each once, by a and b. */
    List<CollaborationGraph.Tie> ties(List<String> scope, LocalDate asOf, double minTieStrength) {
        long started = System.nanoTime();
        var parameters = new HashMap<String, Object>();
        parameters.put("scope", scope);
        parameters.put("asOf", asOf);
        parameters.put("minTieStrength", minTieStrength);
        parameters.put("membershipWeight", properties.membershipWeight());
        parameters.put("fullWeightNetworkSize", properties.fullWeightNetworkSize());
        parameters.put("cooperationWeight", properties.cooperationWeight());
        parameters.put("practiceWeight", properties.practiceWeight());
        parameters.put("meetingWeight", properties.meetingWeight());
        parameters.put("meetingsSince", asOf.minusYears(properties.meetingYears()));
        parameters.put("workingGroupWeight", properties.workingGroupWeight());
        var ties = List.copyOf(client.query(LandscapeQuery.TIES.cypher())
                .bindAll(parameters)
                .fetchAs(CollaborationGraph.Tie.class)
                .mappedBy((types, t) -> new CollaborationGraph.Tie(
                        t.get("a").asString(),
                        t.get("b").asString(),
                        t.get("strength").asDouble(),
                        t.get("sharedNetworks").asInt(),
                        t.get("cooperation").asBoolean(),
                        t.get("sharedPractices").asInt(),
                        t.get("sharedMeetings").asInt(),
                        t.get("sharedWorkingGroups").asInt()))
                .all());
        log.debug("{} ties found in {} ms", ties.size(), (System.nanoTime() - started) / 1_000_000);
        return ties;
    }

    /**
     * Analyses the ties once they are found: projects them, then runs Leiden and betweenness at the
     * same time on the application's pool (neither task waits for another, so a busy pool delays them
     * but cannot hold them up for good), and drops the graph once both have finished.
     */
    Analysis analyse(CompletableFuture<List<CollaborationGraph.Tie>> ties) {
        var graph = "landscape-" + UUID.randomUUID();
        var abandoned = new AtomicBoolean();
        var projected = ties.thenApplyAsync(
                found -> {
                    if (abandoned.get()) {
                        throw new CancellationException("the landscape was abandoned");
                    }
                    return found.isEmpty() ? found : gds(() -> project(graph, found));
                },
                executor);
        var clustered = projected.thenApplyAsync(
                found -> found.isEmpty() ? CollaborationGraph.EMPTY : gds(() -> clusters(graph, found)), executor);
        var brokerScores = projected.thenApplyAsync(
                found -> found.isEmpty() ? Map.<String, Double>of() : gds(() -> brokerScores(graph)), executor);
        // after both tasks (the answer gets futures of its own, so no cancel of them drops the graph
        // early), and before the brokers, the last part, are handed on; the projection is done by
        // then, and there is a graph to drop when it succeeded on some ties
        var finished = CompletableFuture.allOf(clustered, brokerScores).whenComplete((done, failure) -> {
            if (!projected.isCompletedExceptionally() && !projected.join().isEmpty()) {
                dropLater(graph);
            }
        });
        return new Analysis(clustered.copy(), finished.thenCompose(done -> brokerScores), abandoned);
    }

    /** The step's result; a failure because GDS is not installed says so. */
    private static <T> T gds(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            if (gdsMissing(e)) {
                throw new UnavailableException(
                        "networkLandscape needs the Graph Data Science plugin (GDS 2.x), which the database does not have");
            }
            throw e;
        }
    }

    private List<CollaborationGraph.Tie> project(String graph, List<CollaborationGraph.Tie> ties) {
        long started = System.nanoTime();
        var rows = ties.stream()
                .map(t -> Map.<String, Object>of("a", t.a(), "b", t.b(), "strength", t.strength()))
                .toList();
        client.query(LandscapeQuery.PROJECT.cypher())
                .bindAll(Map.of("graph", graph, "ties", rows))
                .run();
        log.debug("{}: {} ties projected in {} ms", graph, ties.size(), (System.nanoTime() - started) / 1_000_000);
        return ties;
    }

    private CollaborationGraph clusters(String graph, List<CollaborationGraph.Tie> ties) {
        long started = System.nanoTime();
        var clusterOf = new HashMap<String, Long>();
        var modularity = new double[1];
        client.query(LandscapeQuery.CLUSTERS.cypher())
                .bindAll(Map.of("graph", graph, "randomSeed", properties.randomSeed()))
                .fetchAs(String.class)
                .mappedBy((types, record) -> {
                    var actor = record.get("actor").asString();
                    clusterOf.put(actor, record.get("cluster").asLong());
                    modularity[0] = record.get("modularity").asDouble();
                    return actor;
                })
                .all();
        log.debug("{}: clusters in {} ms", graph, (System.nanoTime() - started) / 1_000_000);
        return new CollaborationGraph(ties, clusterOf, modularity[0]);
    }

    private Map<String, Double> brokerScores(String graph) {
        long started = System.nanoTime();
        var brokerScore = new HashMap<String, Double>();
        client.query(LandscapeQuery.BROKERS.cypher())
                .bind(graph)
                .to("graph")
                .fetchAs(String.class)
                .mappedBy((types, record) -> {
                    var actor = record.get("actor").asString();
                    brokerScore.put(actor, record.get("brokerScore").asDouble());
                    return actor;
                })
                .all();
        log.debug("{}: brokers in {} ms", graph, (System.nanoTime() - started) / 1_000_000);
        return brokerScore;
    }

    /** Drops the graph on another thread, or on this one when the pool takes no more tasks. */
    private void dropLater(String graph) {
        try {
            executor.execute(() -> drop(graph));
        } catch (RejectedExecutionException e) {
            drop(graph);
        }
    }

    private void drop(String graph) {
        try {
            client.query(LandscapeQuery.DROP.cypher())
                    .bind(graph)
                    .to("graph")
                    .fetch()
                    .all();
        } catch (RuntimeException e) {
            log.warn("Could not drop the projected graph {}: {}", graph, e.getMessage());
        }
    }

    /** True when the failure says that a {@code gds.*} procedure or function is not installed. */
    static boolean gdsMissing(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof Neo4jException n
                    && n.getMessage() != null
                    && n.getMessage().contains("gds.")) {
                var code = n.code() == null ? "" : n.code();
                if (code.endsWith("ProcedureNotFound")
                        || n.getMessage().contains("Unknown function")
                        || n.getMessage().contains("no procedure")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
