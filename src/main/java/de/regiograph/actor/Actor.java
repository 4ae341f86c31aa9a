package de.regiograph.actor;

import static de.regiograph.system.Values.constant;
import static de.regiograph.system.Values.flag;
import static de.regiograph.system.Values.text;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/**
 * An organisation that takes part in securing skilled workers, located in one district. {@code
 * contacts} is what is written; records read from the database leave it null (it is read sealed,
 * only for those allowed, see {@link Actors#contacts}).
 */
public record Actor(
        String id,
        String name,
        ActorKind kind,
        String districtAgs,
        String description,
        String website,
        boolean illustrative,
        List<ContactPerson> contacts) {

    /** At most this many contact persons per actor. */
    static final int MAX_CONTACTS = 20;

    /** Cypher map projection of actor {@code n} that {@link #of} reads. */
    public static final String PROJECTION = "n {.*, districtAgs: [(n)-[:LOCATED_IN]->(d) | d.ags][0]}";

    public static Actor of(MapAccessor m) {
        return new Actor(
                text(m, "id"),
                text(m, "name"),
                constant(m, "kind", ActorKind.class),
                text(m, "districtAgs"),
                text(m, "description"),
                text(m, "website"),
                flag(m, "illustrative", false),
                null);
    }

    /** The actor with its fields checked and trimmed, and an id generated when it had none. */
    public Actor checked(String argument) {
        if (kind == null) {
            throw new InvalidArgumentException(argument + ".kind", "is required");
        }
        return new Actor(
                Keys.idOrNew(argument + ".id", id, "actor"),
                Text.required(argument + ".name", name, 200),
                kind,
                Keys.AGS.check(argument + ".districtAgs", districtAgs),
                Text.optional(argument + ".description", description, 4000),
                Text.optional(argument + ".website", website, 500),
                illustrative,
                checked(argument + ".contacts", contacts));
    }

    private static List<ContactPerson> checked(String argument, List<ContactPerson> contacts) {
        if (contacts == null) {
            return List.of();
        }
        if (contacts.size() > MAX_CONTACTS) {
            throw new InvalidArgumentException(
                    argument, "at most " + MAX_CONTACTS + " contact persons, got " + contacts.size());
        }
        var checked = new java.util.ArrayList<ContactPerson>();
        for (int i = 0; i < contacts.size(); i++) {
            checked.add(contacts.get(i).checked(argument + "[" + i + "]"));
        }
        return List.copyOf(checked);
    }

    /** The keys this actor refers to, for checking before it is written. */
    public void addReferences(String argument, References references) {
        references.add(argument + ".districtAgs", NodeType.DISTRICT, districtAgs);
    }
}
