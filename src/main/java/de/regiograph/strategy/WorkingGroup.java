package de.regiograph.strategy;

import static de.regiograph.system.Values.date;
import static de.regiograph.system.Values.text;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/**
 * The working group of one action field defined at workshop 1: its focus occupations with the
 * rationale, the target groups in view, a lead and members, and when it worked. The key lists
 * come in with an upsert; when read for display they are empty and resolved per field.
 */
public record WorkingGroup(
        String id,
        String processId,
        String name,
        String rationale,
        LocalDate since,
        LocalDate until,
        String leadId,
        List<String> members,
        List<String> occupations,
        List<String> targetGroups) {

    /** Cypher map projection of working group {@code n} that {@link #of} reads. */
    static final String PROJECTION =
            "n {.*, processId: [(n)-[:OF_PROCESS]->(p) | p.id][0], " + "leadId: [(n)-[:LED_BY]->(a) | a.id][0]}";

    static WorkingGroup of(MapAccessor m) {
        return new WorkingGroup(
                text(m, "id"),
                text(m, "processId"),
                text(m, "name"),
                text(m, "rationale"),
                date(m, "since"),
                date(m, "until"),
                text(m, "leadId"),
                List.of(),
                List.of(),
                List.of());
    }

    /** The group checked; the lead counts among the members. */
    public WorkingGroup checked(String argument) {
        Dates.notBefore(argument + ".until", until, "since", since);
        var lead = leadId == null ? null : Keys.ID.check(argument + ".leadId", leadId);
        var all = members == null ? null : new ArrayList<>(Keys.ID.check(argument + ".members", members));
        if (lead != null && all != null && !all.contains(lead)) {
            all.add(0, lead);
        }
        return new WorkingGroup(
                Keys.idOrNew(argument + ".id", id, "group"),
                Keys.ID.check(argument + ".processId", processId),
                Text.required(argument + ".name", name, 200),
                Text.optional(argument + ".rationale", rationale, 4000),
                since,
                until,
                lead,
                all == null ? null : List.copyOf(all),
                Keys.OCCUPATION_CODE.check(argument + ".occupations", occupations),
                Keys.TERM.check(argument + ".targetGroups", targetGroups));
    }

    public void addReferences(String argument, References references) {
        references
                .add(argument + ".processId", NodeType.STRATEGY_PROCESS, processId)
                .add(argument + ".leadId", NodeType.ACTOR, leadId)
                .addAll(argument + ".members", NodeType.ACTOR, members)
                .addAll(argument + ".occupations", NodeType.OCCUPATION, occupations)
                .addAll(argument + ".targetGroups", NodeType.TARGET_GROUP, targetGroups);
    }
}
