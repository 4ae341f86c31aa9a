package de.regiograph.system;

import graphql.GraphQLError;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.parser.ParserOptions;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.web.filter.OncePerRequestFilter;

/** The limits of {@link GraphQlLimits}: an instrumentation, parser options, a body size filter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class LimitsConfiguration {

    private final GraphQlLimits limits;

    LimitsConfiguration(GraphQlLimits limits) {
        this.limits = limits;
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens())));
    }

    /**
     * The limits, checked by the one instrumentation the application has: Spring's observation of
     * requests and data fetchers, in whose place this bean stands (Boot then adds none of its own).
     * graphql-java asks its instrumentation about every field of every answer; with two it asks a
     * chain of them, which took a fifth of the GraphQL time of a landscape with 25,000 fields.
     */
    @Bean
    GraphQlObservationInstrumentation requestLimits(
            ObservationRegistry registry,
            ObjectProvider<ExecutionRequestObservationConvention> requestConvention,
            ObjectProvider<DataFetcherObservationConvention> dataFetcherConvention,
            ObjectProvider<DataLoaderObservationConvention> dataLoaderConvention) {
        return new RequestLimits(
                limits,
                registry,
                requestConvention.getIfAvailable(),
                dataFetcherConvention.getIfAvailable(),
                dataLoaderConvention.getIfAvailable());
    }

    /**
     * Refuses the request before it runs when {@code value} is beyond {@code maximum}: classified
     * BAD_REQUEST, naming the limit; {@code message} is formatted with the value and the maximum.
     */
    static void atMost(int value, int maximum, String limit, String message) {
        if (value > maximum) {
            throw new AbortExecutionException(List.of(GraphQLError.newError()
                    .errorType(ErrorType.BAD_REQUEST)
                    .message("Request refused: " + message.formatted(value, maximum) + ".")
                    .extensions(Map.of("limit", limit, "maximum", maximum))
                    .build()));
        }
    }

    /**
     * Checks aliased fields, top-level fields (through fragments), depth and cost of the operation
     * once before it runs, in that order; otherwise Spring's observation instrumentation.
     */
    static final class RequestLimits extends GraphQlObservationInstrumentation {

        /** Each field costs 1 plus the cost of its sub-fields, times its {@code first} argument. */
        private static final FieldComplexityCalculator COST = (env, children) -> {
            var first = env.getArguments().get("first");
            long factor = first instanceof Integer n && n > 1 ? n : 1;
            return (int) Math.min(Integer.MAX_VALUE, 1 + children * factor);
        };

        private final GraphQlLimits limits;

        RequestLimits(
                GraphQlLimits limits,
                ObservationRegistry registry,
                ExecutionRequestObservationConvention requestConvention,
                DataFetcherObservationConvention dataFetcherConvention,
                DataLoaderObservationConvention dataLoaderConvention) {
            super(registry, requestConvention, dataFetcherConvention, dataLoaderConvention);
            this.limits = limits;
        }

        @Override
        public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext context = parameters.getExecutionContext();
            // aliases, top-level fields, deepest nesting (a top-level field is 1 deep)
            int[] counts = new int[3];
            QueryTraverser.newQueryTraverser()
                    .schema(context.getGraphQLSchema())
                    .document(context.getDocument())
                    .operationName(context.getExecutionInput().getOperationName())
                    .coercedVariables(context.getCoercedVariables())
                    .build()
                    .visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment env) {
                            if (env.getField().getAlias() != null) {
                                counts[0]++;
                            }
                            if (env.getParentEnvironment() == null) {
                                counts[1]++;
                            }
                            int depth = 1;
                            for (var parent = env.getParentEnvironment();
                                    parent != null;
                                    parent = parent.getParentEnvironment()) {
                                depth++;
                            }
                            counts[2] = Math.max(counts[2], depth);
                        }
                    });
            atMost(
                    counts[0],
                    limits.maxAliases(),
                    "maxAliases",
                    "the query has %d aliased fields; at most %d are allowed. Send several requests instead");
            atMost(
                    counts[1],
                    limits.maxRootFields(),
                    "maxRootFields",
                    "the operation has %d top-level fields; at most %d are allowed. Send several requests instead");
            atMost(
                    counts[2],
                    limits.maxDepth(),
                    "maxDepth",
                    "the query nests fields %d levels deep; at most %d are allowed."
                            + " Ask for less nesting, or follow up with a second request");
            int cost = QueryComplexityCalculator.newCalculator()
                    .fieldComplexityCalculator(COST)
                    .schema(context.getGraphQLSchema())
                    .document(context.getDocument())
                    .operationName(context.getExecutionInput().getOperationName())
                    .variables(context.getCoercedVariables())
                    .build()
                    .calculate();
            atMost(
                    cost,
                    limits.maxComplexity(),
                    "maxComplexity",
                    "the query costs %d (each field 1 plus its sub-fields times its 'first'); at most %d"
                            + " are allowed. Ask for fewer fields or smaller pages ('first')");
            return super.beginExecuteOperation(parameters, state);
        }
    }

    /** Refuses request bodies beyond the limit with 413 before anyone reads them. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> bodySizeLimit() {
        long max = limits.maxBodySize().toBytes();
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                long length = request.getContentLengthLong();
                if (!"POST".equals(request.getMethod())) {
                    chain.doFilter(request, response);
                    return;
                }
                if (length > max) {
                    tooLarge(response, "has " + length + " bytes");
                    return;
                }
                if (length < 0 && request.getInputStream() != null) {
                    // no length given (chunked): read up to one byte past the limit before passing it on
                    var body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                    if (body.length > max) {
                        tooLarge(response, "is larger");
                        return;
                    }
                    chain.doFilter(new CachedBody(request, body), response);
                    return;
                }
                chain.doFilter(request, response);
            }

            private void tooLarge(HttpServletResponse response, String size) throws IOException {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write("{\"errors\":[{\"message\":\"Request refused: the body " + size + "; at most " + max
                                + " bytes are accepted. Send less, e.g. split an import into several files.\","
                                + "\"extensions\":{\"classification\":\"BAD_REQUEST\",\"limit\":\"maxBodySize\","
                                + "\"maximum\":" + max + "}}]}");
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.addUrlPatterns("/graphql");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** A request whose body was read already. */
    private static final class CachedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            var in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
