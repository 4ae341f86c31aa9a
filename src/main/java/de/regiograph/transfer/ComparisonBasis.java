package de.regiograph.transfer;

import de.regiograph.graphdb.DataVersion;
import de.regiograph.system.QueryLibrary;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What every comparison of districts shares: the indicators' statistics per year and the districts'
 * shortage occupations (transfer-comparison-basis.cypher). Read once per version of the data and kept
 * until a write changes it, so that a comparison reads only the district it compares and the
 * candidates' indicator values; where the version is unknown (an external database) it is read for
 * every comparison.
 */
@Component
class ComparisonBasis {

    private static final String QUERY = QueryLibrary.read("transfer-comparison-basis");

    private record Kept(long version, Value basis) {}

    private final Neo4jClient client;
    private final DataVersion version;
    private volatile Kept kept;

    ComparisonBasis(Neo4jClient client, DataVersion version) {
        this.client = client;
        this.version = version;
    }

    /**
     * The basis of the data as they are now. The version is taken before the basis is read: a write in
     * between leaves the kept basis tagged with a version older than its data, so the next comparison
     * sees another version and reads it again; a basis is never tagged with a version newer than its
     * data.
     */
    Value current() {
        var now = version.current();
        var known = kept;
        if (now.isPresent() && known != null && known.version() == now.getAsLong()) {
            return known.basis();
        }
        var basis = client.query(QUERY)
                .bind(Comparables.INDICATORS)
                .to("indicators")
                .fetchAs(Value.class)
                .mappedBy((types, record) -> record.get("basis"))
                .one()
                .orElseThrow();
        if (now.isPresent()) {
            kept = new Kept(now.getAsLong(), basis);
        }
        return basis;
    }
}
