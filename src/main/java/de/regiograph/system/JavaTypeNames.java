package de.regiograph.system;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.regex.Pattern;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Takes the Java type out of graphql-java's refusals of a wrongly typed value for a built-in scalar
 * ("Expected a String input, but it was a 'LinkedHashMap'"): the caller sent JSON, not Java, and
 * the API does not reveal its internals. The rest of the message (which variable, which type) stays.
 */
@Component
class JavaTypeNames implements WebGraphQlInterceptor {

    private static final Pattern JAVA_TYPE = Pattern.compile("but it was an? '[\\w.$]+'");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            var errors = response.getExecutionResult().getErrors();
            if (errors.stream().noneMatch(e -> JAVA_TYPE.matcher(e.getMessage()).find())) {
                return response;
            }
            return response.transform(builder ->
                    builder.errors(errors.stream().map(JavaTypeNames::mended).toList()));
        });
    }

    private static GraphQLError mended(GraphQLError error) {
        var message = JAVA_TYPE.matcher(error.getMessage()).replaceAll("but it was a value of another type");
        if (message.equals(error.getMessage())) {
            return error;
        }
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(error.getExtensions())
                .build();
    }
}
