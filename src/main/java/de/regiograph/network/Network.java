package de.regiograph.network;

import static de.regiograph.system.Values.date;
import static de.regiograph.system.Values.flag;
import static de.regiograph.system.Values.integer;
import static de.regiograph.system.Values.text;
import static de.regiograph.system.Values.texts;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/**
 * A declared network of actors. The lists say where it is active and what it focuses on; when read
 * for display only {@code memberCount} (current members) is filled in, the lists are resolved per field.
 */
public record Network(
        String id,
        String name,
        String description,
        LocalDate founded,
        boolean illustrative,
        int memberCount,
        List<String> activeIn,
        List<String> focusOccupations,
        List<String> focusTargetGroups,
        List<String> focusActionFields) {

    /** The number of current members of network {@code n}. */
    static final String MEMBER_COUNT =
            "COUNT { (n)<-[m:MEMBER_OF]-(:Actor) WHERE m.until IS NULL OR m.until >= date() }";

    /** Cypher map projection of network {@code n} that {@link #of} reads. */
    public static final String PROJECTION = "n {.*, memberCount: " + MEMBER_COUNT + "}";

    public static Network of(MapAccessor m) {
        var count = integer(m, "memberCount");
        return new Network(
                text(m, "id"),
                text(m, "name"),
                text(m, "description"),
                date(m, "founded"),
                flag(m, "illustrative", false),
                count == null ? 0 : count,
                texts(m, "activeIn"),
                texts(m, "focusOccupations"),
                texts(m, "focusTargetGroups"),
                texts(m, "focusActionFields"));
    }

    /** The same network with {@code memberCount} current members. */
    public Network withMemberCount(int memberCount) {
        return new Network(
                id,
                name,
                description,
                founded,
                illustrative,
                memberCount,
                activeIn,
                focusOccupations,
                focusTargetGroups,
                focusActionFields);
    }

    /** The network with its fields checked and an id generated when it had none. */
    public Network checked(String argument) {
        return new Network(
                Keys.idOrNew(argument + ".id", id, "network"),
                Text.required(argument + ".name", name, 200),
                Text.optional(argument + ".description", description, 4000),
                founded,
                illustrative,
                0,
                Keys.AGS.check(argument + ".activeIn", activeIn),
                Keys.OCCUPATION_CODE.check(argument + ".focusOccupations", focusOccupations),
                Keys.TERM.check(argument + ".focusTargetGroups", focusTargetGroups),
                Keys.TERM.check(argument + ".focusActionFields", focusActionFields));
    }

    /** The keys this network refers to, for checking before it is written. */
    public void addReferences(String argument, References references) {
        references
                .addAll(argument + ".activeIn", NodeType.DISTRICT, activeIn)
                .addAll(argument + ".focusOccupations", NodeType.OCCUPATION, focusOccupations)
                .addAll(argument + ".focusTargetGroups", NodeType.TARGET_GROUP, focusTargetGroups)
                .addAll(argument + ".focusActionFields", NodeType.ACTION_FIELD, focusActionFields);
    }
}
