package de.regiograph.system;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Maps domain errors to GraphQL errors; anything else is logged and answered without internals. */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @GraphQlExceptionHandler
    GraphQLError invalid(InvalidArgumentException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.BAD_REQUEST, e.getMessage(), Map.of("argument", e.argument()));
    }

    @GraphQlExceptionHandler
    GraphQLError notFound(NotFoundException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.NOT_FOUND, e.getMessage(), Map.of("argument", e.argument()));
    }

    @GraphQlExceptionHandler
    GraphQLError conflict(ConflictException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.BAD_REQUEST, e.getMessage(), Map.of("reason", "conflict"));
    }

    @GraphQlExceptionHandler
    GraphQLError unavailable(UnavailableException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.INTERNAL_ERROR, e.getMessage(), Map.of("reason", "unavailable"));
    }

    @GraphQlExceptionHandler
    GraphQLError unexpected(Exception e, DataFetchingEnvironment env) {
        log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), e);
        return error(env, ErrorType.INTERNAL_ERROR, "Internal error; the request was not carried out.", Map.of());
    }

    private static GraphQLError error(
            DataFetchingEnvironment env, ErrorType type, String message, Map<String, Object> extensions) {
        var error = GraphQLError.newError()
                .errorType(type)
                .message(message)
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation());
        if (!extensions.isEmpty()) {
            error.extensions(extensions);
        }
        return error.build();
    }
}
