package de.regiograph.landscape;

import de.regiograph.system.UnavailableException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds the collaboration graph of a landscape and runs its GDS part: projects the graph under a
 * name of its own (concurrent requests never share one), analyses it, and drops it again, also when
 * a step fails (on another thread, while the answer is written).
 */
@Component
class CollaborationGraphs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CollaborationGraphs.class);

    private final Neo4jClient client;
    private final LandscapeProperties properties;
    private final Executor executor;

    /**
     * Finds the brokers beside the clusters, a thread for each analysis: an analysis runs on the
     * application's pool, and waiting there for a task queued in the same pool could wait forever
     * once every thread of the pool is an analysis waiting so.
     */
    private final ExecutorService besideClusters = Executors.newCachedThreadPool(task -> {
        var thread = new Thread(task, "landscape-brokers");
        thread.setDaemon(true);
        return thread;
    });

    CollaborationGraphs(
            Neo4jClient client,
            LandscapeProperties properties,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.client = client;
        this.properties = properties;
        this.executor = executor;
    }

    @Override
    public void destroy() {
        besideClusters.shutdownNow();
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

    /** Clusters and brokers of the ties, by GDS. */
    CollaborationGraph analyse(List<CollaborationGraph.Tie> ties) {
        if (ties.isEmpty()) {
            return CollaborationGraph.EMPTY;
        }
        long started = System.nanoTime();
        var graph = "landscape-" + UUID.randomUUID();
        try {
            project(graph, ties);
            long projected = System.nanoTime();
            var result = clusters(graph, ties);
            log.debug(
                    "{}: {} ties projected in {} ms, clusters and brokers in {} ms",
                    graph,
                    ties.size(),
                    (projected - started) / 1_000_000,
                    (System.nanoTime() - projected) / 1_000_000);
            return result;
        } catch (RuntimeException e) {
            if (gdsMissing(e)) {
                throw new UnavailableException(
                        "networkLandscape needs the Graph Data Science plugin (GDS 2.x), which the database does not have");
            }
            throw e;
        } finally {
            // the answer does not wait for the drop (about 6 ms of a landscape's 300)
            try {
                executor.execute(() -> drop(graph));
            } catch (RejectedExecutionException e) {
                drop(graph);
            }
        }
    }

    private void project(String graph, List<CollaborationGraph.Tie> ties) {
        var rows = ties.stream()
                .map(t -> Map.<String, Object>of("a", t.a(), "b", t.b(), "strength", t.strength()))
                .toList();
        client.query(LandscapeQuery.PROJECT.cypher())
                .bindAll(Map.of("graph", graph, "ties", rows))
                .run();
    }

    /** Clusters on this thread while the brokers are found on another: the two only read the graph. */
    private CollaborationGraph clusters(String graph, List<CollaborationGraph.Tie> ties) {
        var brokers = CompletableFuture.supplyAsync(() -> brokerScores(graph), besideClusters);
        var clusterOf = new HashMap<String, Long>();
        var modularity = new double[1];
        try {
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
        } finally {
            // the graph is dropped after this: only once the brokers are found too
            brokers.exceptionally(e -> null).join();
        }
        return new CollaborationGraph(ties, clusterOf, Landscapes.result(brokers), modularity[0]);
    }

    private Map<String, Double> brokerScores(String graph) {
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
        return brokerScore;
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
