package de.regiograph.graphdb;

import io.micrometer.core.instrument.Counter;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.QueryRunner;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.UserSelection;

/**
 * Counts every Cypher statement the application sends (metric {@code regiograph.cypher.statements}),
 * so that tests and benchmarks can show that a request's statements do not grow with its result.
 */
final class MeteredNeo4jClient implements Neo4jClient {

    private final Neo4jClient delegate;
    private final Counter statements;

    MeteredNeo4jClient(Neo4jClient delegate, Counter statements) {
        this.delegate = delegate;
        this.statements = statements;
    }

    @Override
    public UnboundRunnableSpec query(String cypher) {
        statements.increment();
        return delegate.query(cypher);
    }

    @Override
    public UnboundRunnableSpec query(Supplier<String> cypherSupplier) {
        statements.increment();
        return delegate.query(cypherSupplier);
    }

    @Override
    public <T> OngoingDelegation<T> delegateTo(Function<QueryRunner, Optional<T>> callback) {
        statements.increment();
        return delegate.delegateTo(callback);
    }

    @Override
    public QueryRunner getQueryRunner(DatabaseSelection databaseSelection, UserSelection userSelection) {
        return delegate.getQueryRunner(databaseSelection, userSelection);
    }

    @Override
    public DatabaseSelectionProvider getDatabaseSelectionProvider() {
        return delegate.getDatabaseSelectionProvider();
    }
}
