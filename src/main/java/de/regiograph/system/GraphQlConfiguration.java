package de.regiograph.system;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /**
     * The library scalars refuse bad input by saying what they expect (see {@link ReadableScalar});
     * the built-in ones cannot be replaced, {@link JavaTypeNames} mends their messages.
     */
    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(ReadableScalar.of(ExtendedScalars.Date, "a date as YYYY-MM-DD"))
                .scalar(ReadableScalar.of(
                        ExtendedScalars.DateTime, "a date and time as in RFC 3339, e.g. 2026-01-31T12:00:00Z"));
    }
}
