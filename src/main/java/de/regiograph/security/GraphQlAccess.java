package de.regiograph.security;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one rule that decides which GraphQL field needs which role, for every controller, also those
 * added later: queries need {@code reader} ({@code cypher} needs {@code researcher}), mutations
 * {@code editor} (deletes and imports {@code admin}), {@code Actor.contacts} {@code editor}. A field
 * the caller may not use answers null with an error that names the role needed.
 *
 * <p>The rule is applied once, when the schema is built: the data fetchers of the fields that need
 * a role are wrapped, all others are left alone. (As an instrumentation it was asked about every
 * field of every answer, and a landscape's answer has a hundred thousand plain fields.)
 */
@Component
class GraphQlAccess implements WebGraphQlInterceptor, GraphQlSourceBuilderCustomizer {

    /** Fields whose role differs from the default of their root type. */
    private static final Map<String, Role> FIELDS =
            Map.of("Query.cypher", Role.RESEARCHER, "Actor.contacts", Role.EDITOR);

    private static final String CALLER = GraphQlAccess.class.getName() + ".caller";

    /** Keeps the caller of the HTTP request in the GraphQL context, whatever thread a field runs on. */
    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null) {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(CALLER, caller)).build());
        }
        return chain.next(request);
    }

    /** The role a field needs, or null for fields anyone who reached them may read. */
    static Role required(String type, String field) {
        var role = FIELDS.get(type + "." + field);
        if (role != null) {
            return role;
        }
        return switch (type) {
            case "Query", "Subscription" -> Role.READER;
            case "Mutation" -> field.startsWith("delete") || field.startsWith("import") ? Role.ADMIN : Role.EDITOR;
            default -> null;
        };
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(
                    GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
                if (context.getParentNode() instanceof GraphQLObjectType type) {
                    var role = required(type.getName(), field.getName());
                    if (role != null) {
                        var registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                        var coordinates = FieldCoordinates.coordinates(type, field);
                        registry.dataFetcher(
                                coordinates,
                                guarded(
                                        registry.getDataFetcher(coordinates, field),
                                        type.getName() + "." + field.getName(),
                                        role));
                    }
                }
                return TraversalControl.CONTINUE;
            }
        }));
    }

    /** The field's data fetcher, run only for callers with the role. */
    private static DataFetcher<?> guarded(DataFetcher<?> fetcher, String field, Role role) {
        return e -> {
            Authentication caller = e.getGraphQlContext().get(CALLER);
            if (caller != null && has(caller, role)) {
                return fetcher.get(e);
            }
            return DataFetcherResult.newResult()
                    .error(refusal(e, field, role, caller))
                    .build();
        };
    }

    private static boolean has(Authentication caller, Role role) {
        return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    private static GraphQLError refusal(DataFetchingEnvironment env, String field, Role role, Authentication caller) {
        var anonymous = caller == null || caller instanceof AnonymousAuthenticationToken;
        var message = anonymous
                ? field + " needs the role " + role.label()
                        + "; sign in with HTTP Basic or a bearer token (anonymous callers may only read, if at all)"
                : field + " needs the role " + role.label() + "; " + caller.getName() + " has " + roles(caller)
                        + " — ask an administrator for the role";
        return GraphQLError.newError()
                .errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                .message(message)
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .extensions(Map.of("requiredRole", role.label()))
                .build();
    }

    private static String roles(Authentication caller) {
        var roles = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_") && !a.equals("ROLE_ANONYMOUS"))
                .map(a -> a.substring("ROLE_".length()).toLowerCase(java.util.Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(", "));
        return roles.isEmpty() ? "no role" : "the roles " + roles;
    }
}
