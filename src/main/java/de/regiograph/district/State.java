package de.regiograph.district;

import static de.regiograph.system.Values.text;

import org.neo4j.driver.types.MapAccessor;

/** A German Land. */
public record State(String code, String name, String nuts1) {

    static State of(MapAccessor m) {
        return new State(text(m, "code"), text(m, "name"), text(m, "nuts1"));
    }
}
