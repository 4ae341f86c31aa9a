package de.regiograph.practice;

import static de.regiograph.system.Values.*;

import de.regiograph.actor.ActorKind;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/**
 * A project that worked somewhere and might be transferred elsewhere. The key lists (taxonomy
 * names, occupation codes, district keys) come in with an upsert; when read for display they are
 * empty and resolved per field.
 */
public record GoodPractice(
        String id,
        String title,
        String description,
        SpatialLevel spatialLevel,
        List<ActorKind> possibleCarrierKinds,
        List<ActorKind> possiblePartnerKinds,
        String effects,
        String source,
        LocalDate started,
        boolean illustrative,
        List<String> strategies,
        List<String> targetGroups,
        List<String> actionFields,
        List<String> projectTypes,
        List<String> occupations,
        List<String> implementedIn) {

    public static GoodPractice of(MapAccessor m) {
        return new GoodPractice(
                text(m, "id"),
                text(m, "title"),
                text(m, "description"),
                constant(m, "spatialLevel", SpatialLevel.class),
                constants(m, "possibleCarrierKinds", ActorKind.class),
                constants(m, "possiblePartnerKinds", ActorKind.class),
                text(m, "effects"),
                text(m, "source"),
                date(m, "started"),
                flag(m, "illustrative", false),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** The practice with its fields checked and an id generated when it had none. */
    public GoodPractice checked(String argument) {
        return new GoodPractice(
                Keys.idOrNew(argument + ".id", id, "practice"),
                Text.required(argument + ".title", title, 300),
                Text.optional(argument + ".description", description, 8000),
                spatialLevel,
                possibleCarrierKinds == null ? List.of() : List.copyOf(possibleCarrierKinds),
                possiblePartnerKinds == null ? List.of() : List.copyOf(possiblePartnerKinds),
                Text.optional(argument + ".effects", effects, 8000),
                Text.optional(argument + ".source", source, 1000),
                started,
                illustrative,
                Keys.TERM.check(argument + ".strategies", strategies),
                Keys.TERM.check(argument + ".targetGroups", targetGroups),
                Keys.TERM.check(argument + ".actionFields", actionFields),
                Keys.TERM.check(argument + ".projectTypes", projectTypes),
                Keys.OCCUPATION_CODE.check(argument + ".occupations", occupations),
                Keys.AGS.check(argument + ".implementedIn", implementedIn));
    }

    /** The keys this practice refers to, for checking before it is written. */
    public void addReferences(String argument, References references) {
        references
                .addAll(argument + ".strategies", NodeType.STRATEGY, strategies)
                .addAll(argument + ".targetGroups", NodeType.TARGET_GROUP, targetGroups)
                .addAll(argument + ".actionFields", NodeType.ACTION_FIELD, actionFields)
                .addAll(argument + ".projectTypes", NodeType.PROJECT_TYPE, projectTypes)
                .addAll(argument + ".occupations", NodeType.OCCUPATION, occupations)
                .addAll(argument + ".implementedIn", NodeType.DISTRICT, implementedIn);
    }
}
