package de.regiograph.taxonomy;

import static de.regiograph.system.Values.constant;
import static de.regiograph.system.Values.text;

import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import org.neo4j.driver.types.MapAccessor;

/** A term of the taxonomy, e.g. the strategy "Multilokale sesshaft machen". Its name is its key. */
public record TaxonomyTerm(TaxonomyKind kind, String name, String description) {

    public static TaxonomyTerm of(MapAccessor m) {
        return new TaxonomyTerm(constant(m, "kind", TaxonomyKind.class), text(m, "name"), text(m, "description"));
    }

    public TaxonomyTerm checked(String argument) {
        if (kind == null) {
            throw new InvalidArgumentException(argument + ".kind", "is required");
        }
        return new TaxonomyTerm(
                kind,
                Keys.TERM.check(argument + ".name", name == null ? null : name.strip()),
                Text.optional(argument + ".description", description, 1000));
    }
}
