package de.regiograph.graphdb;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database that runs inside the application when no {@code spring.neo4j.uri} is set.
 *
 * @param dataDir where the database keeps its files ({@code REGIOGRAPH_NEO4J_DATA_DIR})
 * @param boltAddress host and port of the Bolt connector that the application and researchers'
 *     clients connect to; port 0 picks a free port ({@code REGIOGRAPH_NEO4J_BOLT_ADDRESS})
 * @param pageCache memory for caching the store, e.g. {@code 512m}; empty lets Neo4j decide
 *     ({@code REGIOGRAPH_NEO4J_PAGE_CACHE})
 * @param shutdownWait how long the Bolt connector waits for clients when the application stops
 *     ({@code REGIOGRAPH_NEO4J_SHUTDOWN_WAIT})
 */
@ConfigurationProperties("regiograph.neo4j")
record EmbeddedNeo4jProperties(
        @DefaultValue("./data/neo4j") Path dataDir,
        @DefaultValue("127.0.0.1:7687") String boltAddress,
        String pageCache,
        @DefaultValue("1s") Duration shutdownWait) {}
