package de.regiograph.landscape;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.regiograph.graphdb.DataVersion;
import de.regiograph.landscape.NetworkLandscape.RoleCount;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The figures of declared networks at a date (landscape-networks): members at the date, by role,
 * and current members. They do not depend on the districts a landscape covers, and counting them
 * reads every membership of a network, thousands for a nationwide one, which appears in the
 * landscape of every district. So they are kept per version of the data, as the comparison basis
 * is, until a write changes it; where the version is unknown (an external database) they are counted
 * for every landscape.
 */
@Component
class NetworkFigures {

    /** What landscape-networks counts of a network at a date. */
    record Figures(int size, List<RoleCount> membersByRole, int memberCount) {}

    /** The figures kept for one version of the data, one day and one date of the landscapes. */
    private record Key(long version, LocalDate today, LocalDate asOf) {}

    private final DataVersion version;

    /** A few dates at a time: a landscape asks for today, now and then for a date of the past. */
    private final Cache<Key, Map<String, Figures>> kept =
            Caffeine.newBuilder().maximumSize(16).build();

    NetworkFigures(DataVersion version) {
        this.version = version;
    }

    /**
     * The figures known for the data as they are now at {@code asOf}, by network id, to be added to
     * with {@link Map#putIfAbsent}: a fresh map nobody else sees where the version is unknown. The
     * version is taken before the caller reads, so figures read after a write are kept under a version
     * older than their data and are read again by the next landscape; kept figures are never newer
     * than their version.
     */
    Map<String, Figures> at(LocalDate asOf, LocalDate today) {
        var now = version.current();
        if (now.isEmpty()) {
            return new ConcurrentHashMap<>();
        }
        return kept.get(new Key(now.getAsLong(), today, asOf), key -> new ConcurrentHashMap<>());
    }
}
