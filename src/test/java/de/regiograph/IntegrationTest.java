package de.regiograph;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that go through the public interface: the whole application on a random port,
 * GraphQL over HTTP, a real database with the demo data. All share one application context, with
 * the demo profile (anonymous read on) and the test users of {@code application-test.yaml}
 * ({@code test-reader}, {@code test-editor}, {@code test-researcher}, {@code test-admin}).
 */
@ActiveProfiles({"demo", "test"})
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "regiograph.research.cypher-enabled=true")
@AutoConfigureHttpGraphQlTester
public abstract class IntegrationTest {

    /** GraphQL over HTTP as the test admin, who holds every role. */
    protected HttpGraphQlTester graphQl;

    private HttpGraphQlTester anonymous;

    @Autowired
    void testers(HttpGraphQlTester tester) {
        this.anonymous = tester;
        this.graphQl = graphQlAs("admin");
    }

    /** GraphQL over HTTP as the test user of the role: reader, editor, researcher or admin (HTTP Basic). */
    protected HttpGraphQlTester graphQlAs(String role) {
        return anonymous
                .mutate()
                .headers(headers -> headers.setBasicAuth("test-" + role, "test-" + role))
                .build();
    }

    /** GraphQL over HTTP without credentials. */
    protected HttpGraphQlTester anonymous() {
        return anonymous;
    }

    /** For checking what a request left in the database, beside the API. */
    @Autowired
    protected Neo4jClient database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    /**
     * Asserts that the document fails with one error of the classification (e.g. BAD_REQUEST,
     * NOT_FOUND) that names the argument, in its extensions and at the start of its message.
     */
    protected void expectError(String document, String classification, String argument) {
        graphQl.document(document)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo(classification);
                    assertThat(e.getExtensions()).containsEntry("argument", argument);
                    assertThat(e.getMessage()).startsWith(argument + ": ");
                }));
    }

    protected long count(String cypher) {
        return database.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
