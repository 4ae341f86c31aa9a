package de.regiograph.research;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The JSON scalar of Cypher results and of graph node and edge properties. */
@Configuration(proxyBeanMethods = false)
class JsonScalar {

    @Bean
    RuntimeWiringConfigurer jsonScalarWiring() {
        return wiring -> wiring.scalar(ExtendedScalars.Json);
    }
}
