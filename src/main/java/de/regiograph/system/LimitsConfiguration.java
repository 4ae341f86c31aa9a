package de.regiograph.system;

import graphql.GraphQLError;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.parser.ParserOptions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.filter.OncePerRequestFilter;

/** The limits of {@link GraphQlLimits}: graphql-java's instrumentations, parser options, a body size filter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class LimitsConfiguration {

    private final GraphQlLimits limits;

    LimitsConfiguration(GraphQlLimits limits) {
        this.limits = limits;
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens())));
    }

    @Bean
    @Order(1)
    Instrumentation maxAliasesAndRootFields() {
        return new AliasAndRootFieldLimit(limits);
    }

    @Bean
    @Order(2)
    Instrumentation maxDepth() {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refusal(
                        "the query nests fields " + depth + " levels deep; at most " + maxDepth
                                + " are allowed. Ask for less nesting, or follow up with a second request",
                        "maxDepth",
                        maxDepth);
            }
        };
    }

    @Bean
    @Order(3)
    Instrumentation maxComplexity() {
        FieldComplexityCalculator cost = (env, children) -> {
            var first = env.getArguments().get("first");
            long factor = first instanceof Integer n && n > 1 ? n : 1;
            return (int) Math.min(Integer.MAX_VALUE, 1 + children * factor);
        };
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), cost) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refusal(
                        "the query costs " + complexity + " (each field 1 plus its sub-fields times its 'first');"
                                + " at most " + maxComplexity
                                + " are allowed. Ask for fewer fields or smaller pages ('first')",
                        "maxComplexity",
                        maxComplexity);
            }
        };
    }

    /** A refusal before execution, classified BAD_REQUEST, naming the limit. */
    static AbortExecutionException refusal(String message, String limit, int maximum) {
        return new AbortExecutionException(List.of(GraphQLError.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message("Request refused: " + message + ".")
                .extensions(Map.of("limit", limit, "maximum", maximum))
                .build()));
    }

    /** Counts aliased fields and top-level fields (through fragments) before the operation runs. */
    static final class AliasAndRootFieldLimit extends SimplePerformantInstrumentation {

        private final GraphQlLimits limits;

        AliasAndRootFieldLimit(GraphQlLimits limits) {
            this.limits = limits;
        }

        @Override
        public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext context = parameters.getExecutionContext();
            int[] counts = new int[2];
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
                        }
                    });
            if (counts[0] > limits.maxAliases()) {
                throw refusal(
                        "the query has " + counts[0] + " aliased fields; at most " + limits.maxAliases()
                                + " are allowed. Send several requests instead",
                        "maxAliases",
                        limits.maxAliases());
            }
            if (counts[1] > limits.maxRootFields()) {
                throw refusal(
                        "the operation has " + counts[1] + " top-level fields; at most " + limits.maxRootFields()
                                + " are allowed. Send several requests instead",
                        "maxRootFields",
                        limits.maxRootFields());
            }
            return SimpleInstrumentationContext.noOp();
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
