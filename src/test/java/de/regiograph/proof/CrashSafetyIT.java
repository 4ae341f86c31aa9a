package de.regiograph.proof;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.backup.DatabaseChecksum;
import de.regiograph.bench.GeneratedFolder;
import de.regiograph.importing.Folder;
import de.regiograph.importing.ImportCommand;
import de.regiograph.importing.Importer;
import de.regiograph.system.QueryLibrary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * kill -9 of the packaged application during an import and during a burst of mutations: after a
 * restart on the same data directory the database is consistent, every acknowledged mutation is
 * there, and re-running the import converges to the checksum of an uninterrupted import.
 */
class CrashSafetyIT {

    /** Big enough that the import runs for seconds in many transactions (batches of 50 rows). */
    private static final int ACTORS = 1_000;

    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void aKilledImportAndAKilledMutationBurstLeaveAConsistentDatabase() throws Exception {
        var folder = GeneratedFolder.hessen(ACTORS, 42, work);
        DatabaseChecksum uninterrupted;
        try (var fresh = database(work.resolve("fresh"))) {
            var result = fresh.getBean(Importer.class).importAll(new Folder(folder), Importer.Options.DEFAULT);
            assertThat(result.imported()).as(result.summary()).isTrue();
            uninterrupted = DatabaseChecksum.of(driver(fresh));
            expectConsistent(driver(fresh));
        }

        var crashed = work.resolve("crashed");
        try (var importing = ServerProcess.importing(folder, crashed, 50, work.resolve("import.log"))) {
            importing.awaitOutput("actors.csv: ", START);
            importing.kill();
        }
        String network;
        DatabaseChecksum imported;
        try (var restarted = database(crashed)) {
            var driver = driver(restarted);
            expectConsistent(driver);
            assertThat(DatabaseChecksum.of(driver).sameKeys(uninterrupted))
                    .as("the kill interrupted the import")
                    .isFalse();
            var rerun = restarted.getBean(Importer.class).importAll(new Folder(folder), Importer.Options.DEFAULT);
            assertThat(rerun.imported()).as(rerun.summary()).isTrue();
            imported = DatabaseChecksum.of(driver);
            assertThat(imported)
                    .usingRecursiveComparison()
                    .ignoringFields("contentHash")
                    .isEqualTo(uninterrupted);
            expectConsistent(driver);
            network = driver.session()
                    .run("MATCH (n:Network) RETURN n.id AS id ORDER BY id LIMIT 1")
                    .single()
                    .get("id")
                    .asString();
        }

        var acknowledged = mutationBurstUntilKilled(crashed, network);
        try (var restarted = database(crashed)) {
            var driver = driver(restarted);
            expectConsistent(driver);
            var found = driver.session()
                    .run("""
                            UNWIND $ids AS id
                            MATCH (a:Actor {id: id})-[:LOCATED_IN]->(:District {ags: '06412'}),
                                  (a)-[:MEMBER_OF]->(:Network {id: $network})
                            RETURN count(a) AS found
                            """, Map.of("ids", acknowledged, "network", network))
                    .single()
                    .get("found")
                    .asLong();
            assertThat(found)
                    .as("every acknowledged mutation survived the kill")
                    .isEqualTo(acknowledged.size());
            var after = DatabaseChecksum.of(driver);
            assertThat(after.labels().get("Actor"))
                    .isGreaterThanOrEqualTo(imported.labels().get("Actor") + found);
        }
    }

    /**
     * Eight clients create actors and their memberships until the server is killed, once 40 were
     * acknowledged; answers the ids of the acknowledged ones.
     */
    private List<String> mutationBurstUntilKilled(Path database, String network) throws Exception {
        int port = ServerProcess.freePort();
        var acknowledged = new ConcurrentLinkedQueue<String>();
        var enough = new CountDownLatch(40);
        var killed = new AtomicBoolean();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var clients = Executors.newFixedThreadPool(8);
        try (var server = ServerProcess.serving(database, port, work.resolve("server.log"))) {
            server.awaitOutput("Started Application", START);
            for (int c = 0; c < 8; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; !killed.get(); i++) {
                        var id = "crash-" + client + "-" + i;
                        var document = """
                                mutation { upsertActor(input: {id: "%s", name: "Crash test %s", kind: COMPANY, districtAgs: "06412"}) { id }
                                  link(input: {type: MEMBER_OF, from: "%s", to: "%s", role: MEMBER}) }
                                """.formatted(id, id, id, network);
                        try {
                            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": " + quoted(document) + "}"));
                            var response = http.send(
                                    Credentials.authenticated(request).build(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200 && !response.body().contains("\"errors\"")) {
                                acknowledged.add(id);
                                enough.countDown();
                            }
                        } catch (Exception e) {
                            return; // the server is gone
                        }
                    }
                });
            }
            enough.await(2, TimeUnit.MINUTES);
            server.kill();
            killed.set(true);
        } finally {
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.MINUTES);
        }
        assertThat(acknowledged)
                .as("mutations were acknowledged before the kill")
                .hasSizeGreaterThanOrEqualTo(40);
        return new ArrayList<>(acknowledged);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** The application without web server on the directory, as the import command runs it. */
    private static ConfigurableApplicationContext database(Path directory) {
        return ImportCommand.startWithoutWebServer(List.of("--regiograph.neo4j.data-dir=" + directory));
    }

    private static Driver driver(ConfigurableApplicationContext context) {
        return context.getBean(Driver.class);
    }

    /** Every rule of cypher/queries/database-consistency.cypher holds. */
    static void expectConsistent(Driver driver) {
        try (var session = driver.session()) {
            var broken = session.run(QueryLibrary.read("database-consistency")).list(r -> r.asMap()).stream()
                    .filter(r -> ((Number) r.get("violations")).longValue() > 0)
                    .toList();
            assertThat(broken).as("broken rules").isEmpty();
        }
    }
}
