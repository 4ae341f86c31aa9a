package de.regiograph.graphdb;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database unless {@code spring.neo4j.uri} names an external one. The
 * application talks to it through the driver over Bolt, so no other code knows which mode it runs in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        return EmbeddedNeo4j.start(properties);
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedNeo4j embeddedNeo4j) {
        return GraphDatabase.driver(
                embeddedNeo4j.boltUri(),
                AuthTokens.none(),
                Config.builder().withoutEncryption().build());
    }
}
