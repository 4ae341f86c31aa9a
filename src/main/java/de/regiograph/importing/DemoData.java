package de.regiograph.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.DependsOn;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo dataset ({@code data/demo}, on the classpath as {@code demo/}) through the
 * importer when the database holds no district yet, before the application takes requests.
 */
@Component
@DependsOn("databaseSchema")
class DemoData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final Importer importer;
    private final Neo4jClient client;

    DemoData(DemoDataProperties properties, Importer importer, Neo4jClient client) {
        this.enabled = properties.demoData();
        this.importer = importer;
        this.client = client;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        boolean empty = client.query("RETURN NOT EXISTS { MATCH (:District) } AS empty")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
        if (empty) {
            long started = System.nanoTime();
            var result = importer.importAll(new ClasspathFolder("demo"), Importer.Options.DEFAULT);
            if (result.rejected()) {
                throw new IllegalStateException("The demo dataset does not import:\n" + result.summary());
            }
            log.info(
                    "Loaded the demo dataset: {} ({} ms)", result.changes(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
