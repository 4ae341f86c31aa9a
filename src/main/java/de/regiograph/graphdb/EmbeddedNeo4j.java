package de.regiograph.graphdb;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Neo4j 5 database inside the JVM that clients reach over Bolt, exactly like a server. */
final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final GraphDatabaseAPI database;
    private final TransactionIdStore transactions;

    private EmbeddedNeo4j(DatabaseManagementService dbms) {
        this.dbms = dbms;
        this.database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        this.transactions = database.getDependencyResolver().resolveDependency(TransactionIdStore.class);
    }

    static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
        long started = System.nanoTime();
        var home = properties.dataDir().toAbsolutePath().normalize();
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, boltAddress(properties.boltAddress()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, properties.shutdownWait())
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, properties.shutdownWait())
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*", "apoc.*"))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10));
        if (properties.pageCache() != null && !properties.pageCache().isBlank()) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()));
        }
        EmbeddedNeo4j embedded;
        try {
            embedded = new EmbeddedNeo4j(builder.build());
        } catch (RuntimeException e) {
            if (causedBy(e, PortBindException.class)) {
                throw new IllegalStateException(
                        "The embedded database cannot listen for Bolt on " + properties.boltAddress()
                                + ": the port is in use (another Regiograph or Neo4j?). Choose another with REGIOGRAPH_NEO4J_BOLT_ADDRESS.",
                        e);
            }
            if (causedBy(e, FileLockException.class)) {
                throw new IllegalStateException(
                        "The embedded database in " + home
                                + " is in use by another process (a running Regiograph?); stop it first, or use its GraphQL API.",
                        e);
            }
            throw e;
        }
        int procedures = DatabasePlugins.register(embedded.database);
        log.info(
                "Embedded Neo4j at {} with {} GDS/APOC procedure classes, Bolt on {} ({} ms)",
                home,
                procedures,
                embedded.boltUri(),
                (System.nanoTime() - started) / 1_000_000);
        return embedded;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static SocketAddress boltAddress(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        try {
            return new SocketAddress(
                    hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "regiograph.neo4j.bolt-address must be host:port, e.g. 127.0.0.1:7687, but was: " + hostAndPort);
        }
    }

    /** The Bolt address actually bound, also when the configured port was 0. */
    URI boltUri() {
        var address = database.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return URI.create("bolt://" + address.getHost() + ":" + address.getPort());
    }

    /** The id of the last transaction whose changes readers see: it grows with every committed write. */
    long lastClosedTransactionId() {
        return transactions.getLastClosedTransactionId();
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
