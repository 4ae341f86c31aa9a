package de.regiograph;

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

    protected long count(String cypher) {
        return database.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }
}
