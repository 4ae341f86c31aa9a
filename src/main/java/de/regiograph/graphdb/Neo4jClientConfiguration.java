package de.regiograph.graphdb;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The one gateway through which the application runs Cypher, embedded or external alike. */
@Configuration(proxyBeanMethods = false)
class Neo4jClientConfiguration {

    static final String STATEMENTS_METRIC = "regiograph.cypher.statements";

    @Bean
    Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, MeterRegistry meters) {
        return new MeteredNeo4jClient(Neo4jClient.create(driver, databases), meters.counter(STATEMENTS_METRIC));
    }
}
