package de.regiograph.graphdb;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the database schema up to date with {@code cypher/migrations} before anything else uses
 * the database. Spring's resolver finds the few migration files; Neo4j-Migrations' default scan of
 * the whole (large) classpath would cost seconds at every start.
 */
@Component
public class DatabaseSchema {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSchema.class);
    static final String LOCATION = "cypher/migrations";

    DatabaseSchema(Driver driver) {
        long started = System.nanoTime();
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + LOCATION)
                .withResourceScanner(DatabaseSchema::migrationFiles)
                .withPackagesToScan()
                .build();
        var version = new Migrations(config, driver).apply();
        log.info(
                "Database schema at version {} ({} ms)",
                version.map(Object::toString).orElse("none"),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static List<URL> migrationFiles(List<String> locations) {
        var resolver = new PathMatchingResourcePatternResolver(DatabaseSchema.class.getClassLoader());
        var files = new ArrayList<URL>();
        try {
            for (var location : locations) {
                for (var resource : resolver.getResources("classpath*:" + location + "/*.cypher")) {
                    files.add(resource.getURL());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema migrations", e);
        }
        return files;
    }
}
