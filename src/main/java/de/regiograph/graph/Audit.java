package de.regiograph.graph;

import de.regiograph.security.CurrentUser;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Who wrote a node or relationship and when: {@code createdBy/At} when a write creates it, {@code
 * updatedBy/At} whenever a later write changes it (until then the audit answers the creation's
 * stamps as the last change: two properties fewer to write per new node or relationship, which a
 * first load of many rows feels). Only rows found new or different are stamped, so that writing the
 * same data again (an unchanged re-import) leaves the stamps as they were.
 */
final class Audit {

    private Audit() {}

    /** Cypher SET items stamping a new entity {@code variable}. */
    static String created(String variable) {
        return variable + ".createdBy = $auditUser, " + variable + ".createdAt = $auditAt";
    }

    /** Cypher SET items stamping a changed entity {@code variable}. */
    static String updated(String variable) {
        return variable + ".updatedBy = $auditUser, " + variable + ".updatedAt = $auditAt";
    }

    /** The parameters the stamps read: the current user and the time of this write. */
    static Map<String, Object> parameters() {
        return Map.of(
                "auditUser",
                CurrentUser.name(),
                "auditAt",
                ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }
}
