package de.regiograph.system;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.IntegrationTest;
import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/** The request limits of GraphQlLimits, each refused with an error that names it, nothing run. */
class LimitsIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    List<Instrumentation> instrumentations;

    @Autowired
    MeterRegistry meters;

    private void refused(String document, String limit, String hint) {
        graphQl.document(document)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getExtensions()).containsEntry("limit", limit);
                    assertThat(e.getMessage()).startsWith("Request refused: ").contains(hint);
                }));
    }

    @Test
    void depthFiftyIsRefused() {
        var document = "{ district(ags: \"06535\") { " + "neighbours { ".repeat(48) + "ags" + " }".repeat(48) + " } }";
        refused(document, "maxDepth", "50 levels deep; at most 15");
    }

    @Test
    void aDocumentSentAgainIsCheckedAgain() {
        // parsed and validated documents are cached by their text: the limits must not be
        var document = "{ district(ags: \"06535\") { " + "neighbours { ".repeat(20) + "ags" + " }".repeat(20) + " } }";
        refused(document, "maxDepth", "22 levels deep; at most 15");
        refused(document, "maxDepth", "22 levels deep; at most 15");
        var invalid = "{ district(ags: \"06535\") { noSuchField } }";
        for (int i = 0; i < 2; i++) {
            graphQl.document(invalid)
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors)
                            .singleElement()
                            .satisfies(e -> assertThat(e.getMessage()).contains("noSuchField")));
        }
    }

    /** A document asking for the field {@code count} times, each under an alias of its own. */
    private static String aliased(int count, String field) {
        return IntStream.range(0, count)
                .mapToObj(i -> "a" + i + ": " + field)
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    @Test
    void aThousandAliasesAreRefused() {
        refused(aliased(1000, "district(ags: \"06535\") { name }"), "maxAliases", "1000 aliased fields; at most 30");
    }

    @Test
    void tooManyTopLevelFieldsAreRefused() {
        refused(aliased(25, "district(ags: \"06535\") { name }"), "maxRootFields", "25 top-level fields; at most 20");
    }

    @Test
    void aCostlyQueryIsRefused() {
        var page = """
                actors(first: 500) { edges { node { id name kind description website illustrative
                  district { ags name type population } memberships { role since until network { id name description } }
                  cooperations { since topic partner { id name } } } } }""";
        var document =
                IntStream.range(0, 4).mapToObj(i -> "a" + i + ": " + page).collect(Collectors.joining(" ", "{ ", " }"));
        refused(document, "maxComplexity", "at most 50000");
    }

    @Test
    void pagesBeyondTheCapAreRefusedNamingTheArgument() {
        expectError("{ districts(first: 501) { totalCount } }", "BAD_REQUEST", "first");
    }

    @Test
    void anOversizedBodyAnswers413WithAMessage() throws Exception {
        var body = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}}";
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body())
                .contains("at most 8388608 bytes are accepted")
                .contains("maxBodySize");
    }

    @Test
    void errorsCarryNoInternals() {
        graphQl.document("{ district(ags: \"06535\") { name")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getMessage())
                                .doesNotContain("Exception")
                                .doesNotContain("de.regiograph")
                                .doesNotContain("MATCH")));
    }

    /**
     * The limits stand in for Spring's observation instrumentation, so that graphql-java has one
     * instrumentation to ask about every field: the request and data fetcher metrics still come.
     */
    @Test
    void requestsAreStillObservedByTheOneInstrumentation() {
        assertThat(instrumentations).singleElement().isInstanceOf(GraphQlObservationInstrumentation.class);
        graphQl.document("{ district(ags: \"06535\") { name } }")
                .execute()
                .errors()
                .verify();
        assertThat(meters.find("graphql.request")
                        .tag("graphql.outcome", "SUCCESS")
                        .timer())
                .isNotNull()
                .satisfies(timer -> assertThat(timer.count()).isPositive());
        assertThat(meters.find("graphql.datafetcher")
                        .tag("graphql.field.name", "district")
                        .timer())
                .isNotNull();
    }

    @Test
    void introspectionAnswersInTheDemoProfile() {
        graphQl.document("{ __schema { queryType { name } } }")
                .execute()
                .path("__schema.queryType.name")
                .entity(String.class)
                .isEqualTo("Query");
    }
}
