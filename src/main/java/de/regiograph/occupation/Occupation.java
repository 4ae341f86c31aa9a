package de.regiograph.occupation;

import static de.regiograph.system.Values.integer;
import static de.regiograph.system.Values.text;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import org.neo4j.driver.types.MapAccessor;

/**
 * A position of the KldB 2010. Its level is the number of digits of its code, and its parent is
 * the code without the last digit.
 */
public record Occupation(String code, int level, String name, String shortName, String parentCode) {

    /** Cypher map projection of occupation {@code n} that {@link #of} reads. */
    public static final String PROJECTION = "n {.*, parentCode: [(n)-[:PART_OF]->(p) | p.code][0]}";

    public static Occupation of(MapAccessor m) {
        return new Occupation(
                text(m, "code"), integer(m, "level"), text(m, "name"), text(m, "shortName"), text(m, "parentCode"));
    }

    /** A checked occupation from its code and names; level and parent follow from the code. */
    public static Occupation of(String argument, String code, String name, String shortName) {
        Keys.OCCUPATION_CODE.check(argument + ".code", code);
        return new Occupation(
                code,
                code.length(),
                Text.required(argument + ".name", name, 300),
                Text.optional(argument + ".shortName", shortName, 300),
                code.length() > 1 ? code.substring(0, code.length() - 1) : null);
    }

    /** The keys this occupation refers to, for checking before it is written. */
    public void addReferences(String argument, References references) {
        references.add(argument + ".parentCode", NodeType.OCCUPATION, parentCode);
    }
}
