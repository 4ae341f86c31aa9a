package de.regiograph.system;

import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.scalars.ExtendedScalars;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
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

    /**
     * Documents parsed and validated once, by their text: clients send the same few documents with
     * different variables again and again. The limits on depth, complexity and aliases still apply to
     * every request (they check the operation when it runs); the cache holds at most 16 million
     * characters of documents.
     */
    @Bean
    GraphQlSourceBuilderCustomizer documentCache() {
        var documents = Caffeine.newBuilder()
                .maximumWeight(16_000_000)
                .weigher((String text, PreparsedDocumentEntry entry) -> text.length())
                .<String, PreparsedDocumentEntry>build();
        return source -> source.configureGraphQl(graphQl ->
                graphQl.preparsedDocumentProvider((input, parseAndValidate) -> CompletableFuture.completedFuture(
                        documents.get(input.getQuery(), text -> parseAndValidate.apply(input)))));
    }
}
