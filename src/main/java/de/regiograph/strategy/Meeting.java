package de.regiograph.strategy;

import static de.regiograph.system.Values.constant;
import static de.regiograph.system.Values.flag;
import static de.regiograph.system.Values.text;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import de.regiograph.system.Values;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/**
 * An exchange meeting (Erfahrungsaustausch, World Café, conference): when, where, who organised it,
 * on which topic, and which actors attended (ids; empty when read for display).
 */
public record Meeting(
        String id,
        String title,
        MeetingKind kind,
        LocalDate date,
        String place,
        String districtAgs,
        String organiserId,
        String topic,
        boolean illustrative,
        List<String> attendees) {

    /** Cypher map projection of meeting {@code n} that {@link #of} reads. */
    static final String PROJECTION = "n {.*, districtAgs: [(n)-[:HELD_IN]->(d) | d.ags][0], "
            + "organiserId: [(n)-[:ORGANISED_BY]->(a) | a.id][0]}";

    static Meeting of(MapAccessor m) {
        return new Meeting(
                text(m, "id"),
                text(m, "title"),
                constant(m, "kind", MeetingKind.class),
                Values.date(m, "date"),
                text(m, "place"),
                text(m, "districtAgs"),
                text(m, "organiserId"),
                text(m, "topic"),
                flag(m, "illustrative", false),
                List.of());
    }

    public Meeting checked(String argument) {
        if (date == null) {
            throw new InvalidArgumentException(argument + ".date", "a meeting needs its date");
        }
        return new Meeting(
                Keys.idOrNew(argument + ".id", id, "meeting"),
                Text.required(argument + ".title", title, 200),
                kind == null ? MeetingKind.EXCHANGE : kind,
                date,
                Text.optional(argument + ".place", place, 200),
                districtAgs == null ? null : Keys.AGS.check(argument + ".districtAgs", districtAgs),
                organiserId == null ? null : Keys.ID.check(argument + ".organiserId", organiserId),
                Text.optional(argument + ".topic", topic, 200),
                illustrative,
                attendees == null ? null : Keys.ID.check(argument + ".attendees", attendees));
    }

    public void addReferences(String argument, References references) {
        references
                .add(argument + ".districtAgs", NodeType.DISTRICT, districtAgs)
                .add(argument + ".organiserId", NodeType.ACTOR, organiserId)
                .addAll(argument + ".attendees", NodeType.ACTOR, attendees);
    }
}
