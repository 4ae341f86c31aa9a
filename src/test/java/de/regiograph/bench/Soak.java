package de.regiograph.bench;

import de.regiograph.Application;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * The soak: the app with the demo data on a free port, and a mixed workload of queries, mutations,
 * landscapes and transfer suggestions from several clients on loopback for a fixed time (and at most
 * a fixed number of requests). Prints requests/s, p50/p99 per kind, errors and the heap before and
 * after. Run with {@code bench/soak.sh} or {@code ./mvnw -Psoak verify}.
 */
public final class Soak {

    /** A kind of request of the mix: its name and the document for client c's i-th request. */
    private record Kind(String name, Request request) {}

    @FunctionalInterface
    private interface Request {
        void send(GraphQlClient client, int c, int i);
    }

    private static final List<Kind> MIX = List.of(
            new Kind("district", (g, c, i) -> g.post("""
                    query($ags: ID!) { district(ags: $ags) { name population neighbours { name }
                      actors { name kind memberships { role network { name } } } } }""", Map.of("ags", district(i)))),
            new Kind("networks", (g, c, i) -> g.post("""
                    { networks(filter: {occupationCode: "81"}, orderBy: {field: MEMBER_COUNT, direction: DESC}) {
                      totalCount edges { node { name memberCount activeIn { name } } } } }""", Map.of())),
            new Kind("practices", (g, c, i) -> g.post("""
                    { goodPractices(first: 10) { edges { node { title strategies { name } carriers { name } } } } }""", Map.of())),
            new Kind(
                    "search",
                    (g, c, i) -> g.post(
                            """
                    query($text: String!) { search(text: $text) { score node { __typename } } }""",
                            Map.of(
                                    "text",
                                    List.of("pflege", "fulda", "netzwerk", "handwerk")
                                            .get(i % 4)))),
            new Kind("upsert+link", (g, c, i) -> {
                var id = "soak-" + c + "-" + (i % 50);
                g.post("""
                        mutation($id: ID!, $ags: ID!) {
                          upsertActor(input: {id: $id, name: "Soak test", kind: COMPANY, districtAgs: $ags}) { id }
                          link(input: {type: MEMBER_OF, from: $id, to: "net-001", role: MEMBER}) }""", Map.of("id", id, "ags", district(i)));
            }),
            new Kind("landscape", (g, c, i) -> g.post("""
                    query($ags: ID!) { networkLandscape(ags: [$ags]) { summary { actors ties clusters }
                      brokers { actor { name } score } } }""", Map.of("ags", district(i)))),
            new Kind("transfer", (g, c, i) -> g.post("""
                    query($ags: ID!) { transferSuggestions(ags: $ags, first: 5) { score practice { title } } }""", Map.of("ags", district(i)))));

    private static final List<String> DISTRICTS = List.of("06535", "06531", "06631", "06412", "06611", "06433");

    private Soak() {}

    private static String district(int i) {
        return DISTRICTS.get(i % DISTRICTS.size());
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("soak.seconds", 60);
        int clients = Integer.getInteger("soak.clients", 8);
        int maxRequests = Integer.getInteger("soak.max-requests", 1_000_000);
        var database =
                Path.of("target", "soak", "db-" + System.currentTimeMillis()).toAbsolutePath();
        try (var context = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--regiograph.neo4j.bolt-address=127.0.0.1:0",
                        GraphQlClient.TOKEN_KEY,
                        "--regiograph.neo4j.data-dir=" + database,
                        "--logging.level.de.regiograph=warn",
                        "--logging.level.org.springframework=warn")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            long heapBefore = heapAfterGc();
            var latencies = new ConcurrentHashMap<String, List<Long>>();
            var errors = new ConcurrentHashMap<String, AtomicInteger>();
            var firstErrors = Collections.synchronizedList(new ArrayList<String>());
            var sent = new AtomicLong();
            long started = System.nanoTime();
            long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
            var pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    var graphQl = new GraphQlClient(port);
                    for (int i = client; System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests; i++) {
                        var kind = MIX.get(i % MIX.size());
                        long t = System.nanoTime();
                        try {
                            kind.request().send(graphQl, client, i);
                            latencies
                                    .computeIfAbsent(kind.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(System.nanoTime() - t);
                        } catch (RuntimeException e) {
                            errors.computeIfAbsent(kind.name(), k -> new AtomicInteger())
                                    .incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(kind.name() + ": " + e.getMessage());
                            }
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - started) / 1e9;
            long heapAfter = heapAfterGc();
            report(latencies, errors, firstErrors, elapsed, clients, heapBefore, heapAfter);
        }
    }

    private static void report(
            Map<String, List<Long>> latencies,
            Map<String, AtomicInteger> errors,
            List<String> firstErrors,
            double elapsed,
            int clients,
            long heapBefore,
            long heapAfter) {
        var all = new ArrayList<Long>();
        System.out.printf(
                "%nSoak: %d clients, %.1f s%n%-12s %8s %8s %10s %10s%n",
                clients, elapsed, "kind", "requests", "errors", "p50 ms", "p99 ms");
        for (var entry : new TreeMap<>(latencies).entrySet()) {
            var sorted = new ArrayList<>(entry.getValue());
            all.addAll(sorted);
            print(
                    entry.getKey(),
                    sorted,
                    errors.getOrDefault(entry.getKey(), new AtomicInteger()).get());
        }
        int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        print("all", all, errorCount);
        System.out.printf("throughput %.1f requests/s, errors %d%n", (all.size() + errorCount) / elapsed, errorCount);
        System.out.printf("heap used after GC: before %d MB, after %d MB%n", heapBefore >> 20, heapAfter >> 20);
        firstErrors.forEach(e -> System.out.println("error: " + e));
    }

    private static void print(String kind, List<Long> nanos, int errors) {
        Collections.sort(nanos);
        System.out.printf(
                "%-12s %8d %8d %10.1f %10.1f%n",
                kind, nanos.size(), errors, percentile(nanos, 0.5), percentile(nanos, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
