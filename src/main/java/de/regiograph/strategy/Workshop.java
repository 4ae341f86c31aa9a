package de.regiograph.strategy;

import static de.regiograph.system.Values.integer;
import static de.regiograph.system.Values.text;
import static de.regiograph.system.Values.texts;

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
 * One of the three workshops of a process: 1 stocktaking (with the data presented), 2
 * operationalisation (measures agreed with a timetable), 3 evaluation (an assessment per measure,
 * lessons). {@code participants} are actor ids; when read for display it is empty.
 */
public record Workshop(
        String id,
        String processId,
        int phase,
        LocalDate date,
        String place,
        String notes,
        List<String> dataSources,
        String lessons,
        List<String> participants) {

    static final List<String> PHASES = List.of("stocktaking", "operationalisation", "evaluation");

    /** Cypher map projection of workshop {@code n} that {@link #of} reads. */
    static final String PROJECTION = "n {.*, processId: [(n)-[:OF_PROCESS]->(p) | p.id][0]}";

    static Workshop of(MapAccessor m) {
        return new Workshop(
                text(m, "id"),
                text(m, "processId"),
                integer(m, "phase"),
                Values.date(m, "date"),
                text(m, "place"),
                text(m, "notes"),
                texts(m, "dataSources"),
                text(m, "lessons"),
                List.of());
    }

    /** "workshop 2 (operationalisation)". */
    static String name(int phase) {
        return "workshop " + phase + " (" + PHASES.get(phase - 1) + ")";
    }

    public Workshop checked(String argument) {
        if (phase < 1 || phase > 3) {
            throw new InvalidArgumentException(
                    argument + ".phase",
                    "must be 1 (stocktaking), 2 (operationalisation) or 3 (evaluation), was " + phase);
        }
        if (date == null) {
            throw new InvalidArgumentException(argument + ".date", "a workshop needs its date");
        }
        if (phase != 1 && dataSources != null && !dataSources.isEmpty()) {
            throw new InvalidArgumentException(
                    argument + ".dataSources", "the data are presented at workshop 1 (stocktaking), not " + phase);
        }
        if (phase != 3 && lessons != null) {
            throw new InvalidArgumentException(
                    argument + ".lessons", "lessons are drawn at workshop 3 (evaluation), not " + phase);
        }
        return new Workshop(
                Keys.idOrNew(argument + ".id", id, "workshop"),
                Keys.ID.check(argument + ".processId", processId),
                phase,
                date,
                Text.optional(argument + ".place", place, 200),
                Text.optional(argument + ".notes", notes, 4000),
                dataSources == null ? List.of() : Keys.TERM.check(argument + ".dataSources", dataSources),
                Text.optional(argument + ".lessons", lessons, 4000),
                participants == null ? null : Keys.ID.check(argument + ".participants", participants));
    }

    public void addReferences(String argument, References references) {
        references
                .add(argument + ".processId", NodeType.STRATEGY_PROCESS, processId)
                .addAll(argument + ".participants", NodeType.ACTOR, participants);
    }
}
