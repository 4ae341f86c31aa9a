package de.regiograph.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one GraphQL request may ask for (OWASP GraphQL cheat sheet); a request beyond one
 * is refused before anything runs, with an error that names the limit.
 *
 * @param maxDepth deepest nesting of fields ({@code REGIOGRAPH_GRAPHQL_MAX_DEPTH})
 * @param maxComplexity most cost: each field costs 1 plus the cost of its sub-fields, times its
 *     {@code first} argument where it has one ({@code REGIOGRAPH_GRAPHQL_MAX_COMPLEXITY})
 * @param maxAliases most aliased fields ({@code REGIOGRAPH_GRAPHQL_MAX_ALIASES})
 * @param maxRootFields most top-level fields of the operation ({@code REGIOGRAPH_GRAPHQL_MAX_ROOT_FIELDS})
 * @param maxTokens most tokens of the document, checked while parsing ({@code REGIOGRAPH_GRAPHQL_MAX_TOKENS})
 * @param maxBodySize largest request body; larger ones answer 413. It must hold an {@code importCsv}
 *     of 5,000,000 characters ({@code REGIOGRAPH_GRAPHQL_MAX_BODY_SIZE})
 * @param introspection whether {@code __schema} and {@code __type} answer (on in the demo profile)
 *     ({@code REGIOGRAPH_GRAPHQL_INTROSPECTION})
 * @param timeout longest a request's database transactions and the HTTP answer may take
 *     ({@code REGIOGRAPH_GRAPHQL_TIMEOUT})
 */
@ConfigurationProperties("regiograph.graphql")
public record GraphQlLimits(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("50000") int maxComplexity,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("20") int maxRootFields,
        @DefaultValue("15000") int maxTokens,
        @DefaultValue("8MB") DataSize maxBodySize,
        @DefaultValue("false") boolean introspection,
        @DefaultValue("30s") Duration timeout) {}
