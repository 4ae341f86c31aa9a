package de.regiograph;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that go through the public interface: the whole application on a random port,
 * GraphQL over HTTP, a real database with the demo data. All share one application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "regiograph.research.cypher-enabled=true")
@AutoConfigureHttpGraphQlTester
public abstract class IntegrationTest {

    @Autowired
    protected HttpGraphQlTester graphQl;

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
