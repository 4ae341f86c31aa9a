package de.regiograph.system;

import graphql.GraphQLError;
import java.util.List;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Drops graphql-java's "non-null field was null" errors for fields that already carry an error of
 * their own: the caller needs the cause (e.g. which argument was wrong), not its echo.
 */
@Component
class RedundantNullErrors implements WebGraphQlInterceptor {

    private static final String NULL_IN_NON_NULL = "NullValueInNonNullableField";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            var errors = response.getExecutionResult().getErrors();
            if (errors.stream().noneMatch(RedundantNullErrors::isNullInNonNull)) {
                return response;
            }
            var causes = errors.stream()
                    .filter(e -> !isNullInNonNull(e))
                    .map(GraphQLError::getPath)
                    .toList();
            var kept = errors.stream()
                    .filter(e -> !isNullInNonNull(e) || !explained(e.getPath(), causes))
                    .toList();
            return response.transform(builder -> builder.errors(kept));
        });
    }

    private static boolean isNullInNonNull(GraphQLError error) {
        return error.getErrorType() != null
                && NULL_IN_NON_NULL.equals(error.getErrorType().toString());
    }

    /** Whether an error on the nulled field, above it or below it explains it. */
    private static boolean explained(List<Object> path, List<List<Object>> causes) {
        return path != null
                && causes.stream()
                        .anyMatch(cause -> cause != null && (startsWith(path, cause) || startsWith(cause, path)));
    }

    private static boolean startsWith(List<Object> path, List<Object> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}
