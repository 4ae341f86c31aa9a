package de.regiograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real Neo4j the tests run against: a Testcontainers Neo4j 5.26 with GDS and APOC where a Docker
 * engine answers, otherwise the application's embedded database on a fresh directory and a free port.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Neo4jContainer<?> container;
    private static Path embeddedDirectory;

    private TestDatabase() {}

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (dockerAvailable()) {
            if (container == null) {
                container = new Neo4jContainer<>(DockerImageName.parse("neo4j:5.26-community"))
                        .withoutAuthentication()
                        .withEnv("NEO4J_PLUGINS", "[\"apoc\",\"graph-data-science\"]")
                        .withEnv("NEO4J_dbms_security_procedures_unrestricted", "gds.*,apoc.*");
                container.start();
            }
            registry.add("spring.neo4j.uri", container::getBoltUrl);
            return;
        }
        if (embeddedDirectory == null) {
            try {
                embeddedDirectory = Files.createTempDirectory("regiograph-test-neo4j");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            log.info("No Docker engine: tests use the embedded database in {}", embeddedDirectory);
        }
        registry.add("regiograph.neo4j.data-dir", embeddedDirectory::toString);
        registry.add("regiograph.neo4j.bolt-address", () -> "127.0.0.1:0");
    }

    public static boolean embedded() {
        return container == null;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
