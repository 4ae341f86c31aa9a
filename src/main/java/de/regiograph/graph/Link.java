package de.regiograph.graph;

import de.regiograph.graph.RelationshipType.Property;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Text;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One relationship to write or remove, checked: keys in the right format, the properties its type
 * requires and no others, values in range. Symmetric relationships come out in their stored order.
 */
public record Link(RelationshipType type, String from, String to, Map<Property, Object> properties) {

    /**
     * @param argument prefix of argument names in errors, e.g. {@code input} or {@code line 12}
     */
    public static Link of(
            String argument, RelationshipType type, String from, String to, Map<Property, Object> properties) {
        if (type.setByUpsert()) {
            throw new InvalidArgumentException(
                    argument + ".type",
                    type + " is set by the upsert of the " + type.from().description());
        }
        type.from().format().check(argument + ".from", from);
        type.to().format().check(argument + ".to", to);
        var given = new EnumMap<Property, Object>(Property.class);
        properties.forEach((property, value) -> {
            if (value != null) {
                given.put(property, value);
            }
        });
        for (var property : given.keySet()) {
            if (!type.allowed().contains(property)) {
                throw new InvalidArgumentException(
                        argument + "." + property.graphName(),
                        "does not apply to " + type + " (it takes " + type.allowed() + ")");
            }
        }
        for (var property : type.required()) {
            if (!given.containsKey(property)) {
                throw new InvalidArgumentException(argument + "." + property.graphName(), "is required for " + type);
            }
        }
        given.forEach((property, value) -> checkValue(argument + "." + property.graphName(), property, value));
        if (given.get(Property.SINCE) instanceof LocalDate since
                && given.get(Property.UNTIL) instanceof LocalDate until
                && until.isBefore(since)) {
            throw new InvalidArgumentException(argument + ".until", "must not be before since (" + since + ")");
        }
        if (type.symmetric() && from.equals(to)) {
            throw new InvalidArgumentException(argument + ".to", type + " needs two different ends");
        }
        if (type.symmetric() && from.compareTo(to) > 0) {
            return new Link(type, to, from, given);
        }
        return new Link(type, from, to, given);
    }

    /** The ends of a relationship to remove (and its year, where relationships are keyed by year). */
    public static Link ends(String argument, RelationshipType type, String from, String to, Integer year) {
        var properties = new EnumMap<Property, Object>(Property.class);
        if (year != null && type.keyedByYear()) {
            properties.put(Property.YEAR, year);
        }
        type.from().format().check(argument + ".from", from);
        type.to().format().check(argument + ".to", to);
        return type.symmetric() && from.compareTo(to) > 0
                ? new Link(type, to, from, properties)
                : new Link(type, from, to, properties);
    }

    private static void checkValue(String argument, Property property, Object value) {
        switch (property) {
            case YEAR -> range(argument, ((Number) value).doubleValue(), 1900, 2100);
            case COMMUTERS, COMMUTERS_FEMALE, COMMUTERS_MALE ->
                range(argument, ((Number) value).doubleValue(), 0, Integer.MAX_VALUE);
            case SEVERITY -> range(argument, ((Number) value).doubleValue(), 0.0, 3.0);
            case TOPIC -> Text.optional(argument, (String) value, 200);
            case NOTES -> Text.optional(argument, (String) value, 4000);
            case ROLE, SINCE, UNTIL, ASSESSMENT -> {}
        }
    }

    private static void range(String argument, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidArgumentException(argument, "must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** The row the Cypher of {@link RelationshipType} expects. */
    Map<String, Object> row() {
        var values = new HashMap<String, Object>();
        properties.forEach((property, value) ->
                values.put(property.graphName(), value instanceof Enum<?> e ? e.name() : value));
        for (var property : type.allowed()) {
            values.putIfAbsent(property.graphName(), null);
        }
        return Map.of("from", from, "to", to, "properties", values);
    }

    /** The keys of both ends, for checking before the relationship is written. */
    public void addReferences(String argument, References references) {
        references.add(argument + ".from", type.from(), from);
        references.add(argument + ".to", type.to(), to);
    }

    /** What tells this relationship apart from others: its type, ends and (where keyed) year. */
    public String identity() {
        return type + ":" + from + ">" + to + (type.keyedByYear() ? "@" + properties.get(Property.YEAR) : "");
    }
}
