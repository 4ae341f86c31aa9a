package de.regiograph.research;

import de.regiograph.system.InvalidArgumentException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.springframework.stereotype.Service;

/**
 * Runs a researcher's Cypher in a READ transaction with a timeout and a row cap. Neo4j itself
 * refuses writes and schema changes in a READ transaction; before running, the query's EXPLAIN plan
 * must say read-only and may not read files or URLs, call DBMS procedures or run Cypher given as text.
 */
@Service
class ReadOnlyCypher {

    /** Procedures that a read transaction allows but that reach beyond the graph or run hidden Cypher. */
    static final List<String> REFUSED_PROCEDURES = List.of(
            "dbms.",
            "apoc.load.",
            "apoc.import.",
            "apoc.export.",
            "apoc.periodic.",
            "apoc.trigger.",
            "apoc.systemdb.",
            "apoc.cypher.",
            "apoc.do.",
            "apoc.when",
            "apoc.case",
            "apoc.log.",
            "apoc.util.validate");

    /** Administration commands that run in a user database's read transaction. */
    static final List<String> REFUSED_OPERATORS = List.of("TerminateTransactions", "ShowTransactions", "ShowSettings");

    private final Driver driver;
    private final ResearchProperties properties;

    ReadOnlyCypher(Driver driver, ResearchProperties properties) {
        this.driver = driver;
        this.properties = properties;
    }

    record Request(String query, Map<String, Object> parameters, Integer maxRows, Integer timeoutMillis) {}

    CypherResult run(Request request) {
        if (!properties.cypherEnabled()) {
            throw new InvalidArgumentException(
                    "query",
                    "read-only Cypher is switched off on this server (setting regiograph.research.cypher-enabled);"
                            + " connect over Bolt instead or ask the operator");
        }
        if (request.query() == null || request.query().isBlank()) {
            throw new InvalidArgumentException("query", "must not be empty");
        }
        int maxRows = limit("maxRows", request.maxRows(), properties.cypherMaxRows());
        var timeout = Duration.ofMillis(limit("timeoutMillis", request.timeoutMillis(), (int)
                properties.cypherTimeout().toMillis()));
        var query = new Query(request.query(), request.parameters() == null ? Map.of() : request.parameters());
        var session =
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        try (var s = driver.session(session)) {
            return s.executeRead(
                    tx -> {
                        var plan = tx.run(new Query("EXPLAIN " + query.text(), query.parameters()))
                                .consume();
                        var type = plan.queryType();
                        if (type != QueryType.READ_ONLY) {
                            throw refused("it " + describe(type) + "; only reads are allowed");
                        }
                        if (plan.hasPlan()) {
                            check(plan.plan());
                        }
                        var result = tx.run(query);
                        var rows = new ArrayList<List<Object>>();
                        boolean truncated = false;
                        while (result.hasNext()) {
                            if (rows.size() == maxRows) {
                                truncated = true;
                                break;
                            }
                            var record = result.next();
                            rows.add(record.values().stream()
                                    .map(JsonValues::json)
                                    .toList());
                        }
                        return new CypherResult(result.keys(), rows, truncated, type.name());
                    },
                    TransactionConfig.builder().withTimeout(timeout).build());
        } catch (Neo4jException e) {
            throw translate(e, timeout);
        }
    }

    private static int limit(String argument, Integer requested, int maximum) {
        if (requested == null) {
            return maximum;
        }
        if (requested < 1 || requested > maximum) {
            throw new InvalidArgumentException(
                    argument, "must be between 1 and " + maximum + " (the server's limit), was " + requested);
        }
        return requested;
    }

    private static void check(Plan plan) {
        var operator = plan.operatorType().replaceAll("@.*", "");
        if (operator.equals("LoadCSV")) {
            throw refused("it reads files or URLs (LOAD CSV)");
        }
        if (REFUSED_OPERATORS.contains(operator)) {
            throw refused("it is an administration command (" + operator + ")");
        }
        if (operator.equals("ProcedureCall")) {
            var details = Optional.ofNullable(plan.arguments().get("Details"))
                    .map(v -> v.asString().strip())
                    .orElse("");
            for (var prefix : REFUSED_PROCEDURES) {
                if (details.startsWith(prefix)) {
                    throw refused("it calls " + details.replaceAll("\\(.*", "")
                            + ", which reaches beyond the graph or runs Cypher given as text");
                }
            }
        }
        plan.children().forEach(ReadOnlyCypher::check);
    }

    private static String describe(QueryType type) {
        return switch (type) {
            case SCHEMA_WRITE -> "changes the schema (indexes, constraints)";
            case READ_WRITE, WRITE_ONLY -> "writes to the database";
            default -> "is not a plain read";
        };
    }

    private static InvalidArgumentException refused(String reason) {
        return new InvalidArgumentException("query", "refused: " + reason);
    }

    private static RuntimeException translate(Neo4jException e, Duration timeout) {
        var code = e.code() == null ? "" : e.code();
        if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
            return new InvalidArgumentException(
                    "query", "stopped after the time limit of " + timeout.toMillis() + " ms");
        }
        if (code.equals("Neo.ClientError.Statement.AccessMode") || code.contains("Forbidden")) {
            return refused("only reads are allowed (" + e.getMessage() + ")");
        }
        if (e instanceof ClientException) {
            return new InvalidArgumentException("query", e.getMessage());
        }
        return e;
    }
}
