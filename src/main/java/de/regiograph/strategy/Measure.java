package de.regiograph.strategy;

import static de.regiograph.system.Values.constant;
import static de.regiograph.system.Values.date;
import static de.regiograph.system.Values.flag;
import static de.regiograph.system.Values.text;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/**
 * What a working group of a process develops: owner, planned period, status, the occupations and
 * target groups addressed, and optionally the good practice it takes up. The key lists come in
 * with an upsert; when read for display they are empty and resolved per field.
 */
public record Measure(
        String id,
        String processId,
        String workingGroupId,
        String title,
        String description,
        String ownerId,
        MeasureStatus status,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String inspiredById,
        boolean illustrative,
        List<String> occupations,
        List<String> targetGroups) {

    /** Cypher map projection of measure {@code n} that {@link #of} reads. */
    static final String PROJECTION = "n {.*, processId: [(n)-[:OF_PROCESS]->(p) | p.id][0], "
            + "workingGroupId: [(n)-[:DEVELOPED_BY]->(g) | g.id][0], ownerId: [(n)-[:OWNED_BY]->(a) | a.id][0], "
            + "inspiredById: [(n)-[:INSPIRED_BY]->(x) | x.id][0]}";

    static Measure of(MapAccessor m) {
        return new Measure(
                text(m, "id"),
                text(m, "processId"),
                text(m, "workingGroupId"),
                text(m, "title"),
                text(m, "description"),
                text(m, "ownerId"),
                constant(m, "status", MeasureStatus.class),
                date(m, "plannedStart"),
                date(m, "plannedEnd"),
                text(m, "inspiredById"),
                flag(m, "illustrative", false),
                List.of(),
                List.of());
    }

    public Measure checked(String argument) {
        Dates.notBefore(argument + ".plannedEnd", plannedEnd, "plannedStart", plannedStart);
        return new Measure(
                Keys.idOrNew(argument + ".id", id, "measure"),
                Keys.ID.check(argument + ".processId", processId),
                workingGroupId == null ? null : Keys.ID.check(argument + ".workingGroupId", workingGroupId),
                Text.required(argument + ".title", title, 200),
                Text.optional(argument + ".description", description, 4000),
                ownerId == null ? null : Keys.ID.check(argument + ".ownerId", ownerId),
                status == null ? MeasureStatus.IDEA : status,
                plannedStart,
                plannedEnd,
                inspiredById == null ? null : Keys.ID.check(argument + ".inspiredById", inspiredById),
                illustrative,
                Keys.OCCUPATION_CODE.check(argument + ".occupations", occupations),
                Keys.TERM.check(argument + ".targetGroups", targetGroups));
    }

    public void addReferences(String argument, References references) {
        references
                .add(argument + ".processId", NodeType.STRATEGY_PROCESS, processId)
                .add(argument + ".workingGroupId", NodeType.WORKING_GROUP, workingGroupId)
                .add(argument + ".ownerId", NodeType.ACTOR, ownerId)
                .add(argument + ".inspiredById", NodeType.GOOD_PRACTICE, inspiredById)
                .addAll(argument + ".occupations", NodeType.OCCUPATION, occupations)
                .addAll(argument + ".targetGroups", NodeType.TARGET_GROUP, targetGroups);
    }
}
