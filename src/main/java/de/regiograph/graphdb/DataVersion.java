package de.regiograph.graphdb;

import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which version of its data the database holds, for what the application derives from the data and
 * keeps: a number that changes with every committed write. Known for the embedded database (its last
 * closed transaction); an external database does not tell it cheaply, so there it is unknown and
 * nothing derived is kept.
 */
@Component
public class DataVersion {

    private final EmbeddedNeo4j embedded;

    DataVersion(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded.getIfAvailable();
    }

    public OptionalLong current() {
        return embedded == null ? OptionalLong.empty() : OptionalLong.of(embedded.lastClosedTransactionId());
    }
}
