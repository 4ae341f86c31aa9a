package de.regiograph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The read workloads: the application through HTTP GraphQL, like a client, against one hand-written
 * Cypher statement through the driver whose records are serialised to the same JSON.
 */
final class ReadWorkloads implements AutoCloseable {

    private static final String MEMBERS = "members { role since actor { id name kind } }";

    private final GraphQlClient graphQl;
    private final Driver driver;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService clients = Executors.newFixedThreadPool(8);

    ReadWorkloads(GraphQlClient graphQl, Driver driver) {
        this.graphQl = graphQl;
        this.driver = driver;
    }

    /** Workload 1: every district with the networks active in it and their members. */
    Workload districtNetworksMembers(int repetitions) {
        var document = "{ districts(first: 500) { edges { node { ags name networks { id name " + MEMBERS + " } } } } }";
        return Workload.read(
                "1 districts > networks > members",
                repetitions,
                () -> Workload.Response.of(graphQl.post(document, Map.of())),
                () -> Workload.Response.of(districtsByDriver()));
    }

    private String districtsByDriver() throws JsonProcessingException {
        var edges = new ArrayList<Map<String, Object>>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run("""
                            MATCH (d:District)
                            WITH d ORDER BY d.ags
                            RETURN d.ags AS ags, d.name AS name, COLLECT {
                              MATCH (d)<-[:ACTIVE_IN]-(n:Network)
                              WITH n ORDER BY n.name, n.id
                              RETURN {id: n.id, name: n.name, members: COLLECT {
                                MATCH (a:Actor)-[m:MEMBER_OF]->(n)
                                WITH a, m ORDER BY a.name, a.id
                                RETURN {role: m.role, since: m.since, actor: {id: a.id, name: a.name, kind: a.kind}}
                              }}
                            } AS networks
                            """).list()).forEach(r -> {
                var networks = new ArrayList<Map<String, Object>>();
                for (var n : r.get("networks").values()) {
                    networks.add(ordered(
                            "id", n.get("id").asString(),
                            "name", n.get("name").asString(),
                            "members", n.get("members").asList(ReadWorkloads::member)));
                }
                edges.add(Map.of(
                        "node",
                        ordered(
                                "ags",
                                r.get("ags").asString(),
                                "name",
                                r.get("name").asString(),
                                "networks",
                                networks)));
            });
        }
        return json.writeValueAsString(Map.of("data", Map.of("districts", Map.of("edges", edges))));
    }

    /** Workload 2: one network with all its members (the nationwide one: up to 10,000). */
    Workload largeNetwork(int repetitions, String networkId) {
        var document = "query($id: ID!) { network(id: $id) { id name " + MEMBERS + " } }";
        return Workload.read(
                "2 one network with all members",
                repetitions,
                () -> Workload.Response.of(graphQl.post(document, Map.of("id", networkId))),
                () -> Workload.Response.of(networkByDriver(networkId)));
    }

    private String networkByDriver(String id) throws JsonProcessingException {
        var members = new ArrayList<Map<String, Object>>();
        var network = new String[2];
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run("""
                            MATCH (n:Network {id: $id})
                            OPTIONAL MATCH (a:Actor)-[m:MEMBER_OF]->(n)
                            RETURN n.id AS id, n.name AS name, a.id AS actorId, a.name AS actorName, a.kind AS kind,
                                   m.role AS role, m.since AS since
                            ORDER BY a.name, a.id
                            """, Map.of("id", id)).list()).forEach(r -> {
                network[0] = r.get("id").asString();
                network[1] = r.get("name").asString();
                if (!r.get("actorId").isNull()) {
                    members.add(ordered(
                            "role", r.get("role").asString(),
                            "since", date(r.get("since")),
                            "actor",
                                    ordered(
                                            "id", r.get("actorId").asString(),
                                            "name", r.get("actorName").asString(),
                                            "kind", r.get("kind").asString())));
                }
            });
        }
        return json.writeValueAsString(
                Map.of("data", Map.of("network", ordered("id", network[0], "name", network[1], "members", members))));
    }

    /**
     * Workload 6: a mix of typical reads (a district page, a network page, a district's actors) sent
     * by 8 clients at once against the same requests sent by 1 client; per request = wall time ÷
     * requests, so the ratio is the inverse of the throughput gain.
     */
    Workload concurrentClients(int repetitions, int requests, List<String> districts, int networks, long seed) {
        var random = new Random(seed);
        var mix = new ArrayList<Runnable>();
        for (int i = 0; i < requests; i++) {
            var ags = districts.get(random.nextInt(districts.size()));
            var network = ScaleGenerator.networkId(1 + random.nextInt(networks - 1));
            mix.add(
                    switch (i % 3) {
                        case 0 ->
                            () -> graphQl.post(
                                    "query($ags: ID!) { district(ags: $ags) { name population neighbours { ags name } "
                                            + "networks { id name memberCount } shortages { year severity occupation { code name } } } }",
                                    Map.of("ags", ags));
                        case 1 ->
                            () -> graphQl.post(
                                    "query($id: ID!) { network(id: $id) { name founded activeIn { ags name } "
                                            + "focusOccupations { code name } " + MEMBERS + " } }",
                                    Map.of("id", network));
                        default ->
                            () -> graphQl.post(
                                    "query($ags: ID!) { district(ags: $ags) { actors { id name kind } } }",
                                    Map.of("ags", ags));
                    });
        }
        return new Workload(
                "6 mixed reads, 8 clients vs 1",
                Workload.Side.of(() -> clients(8, mix)),
                Workload.Side.of(() -> clients(1, mix)),
                repetitions,
                Workload.Check.NONE);
    }

    private Workload.Response clients(int count, List<Runnable> mix) throws Exception {
        var next = new AtomicInteger();
        var running = new ArrayList<Future<?>>();
        for (int c = 0; c < count; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < mix.size(); i = next.getAndIncrement()) {
                    mix.get(i).run();
                }
            }));
        }
        for (var client : running) {
            client.get();
        }
        return new Workload.Response(null, mix.size());
    }

    private static Map<String, Object> member(Value m) {
        var actor = m.get("actor");
        return ordered(
                "role", m.get("role").asString(),
                "since", date(m.get("since")),
                "actor",
                        ordered(
                                "id", actor.get("id").asString(),
                                "name", actor.get("name").asString(),
                                "kind", actor.get("kind").asString()));
    }

    private static String date(Value value) {
        return value.isNull() ? null : value.asObject() instanceof LocalDate d ? d.toString() : value.asString();
    }

    /** A JSON object whose fields keep the order of the GraphQL selection. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }
}
