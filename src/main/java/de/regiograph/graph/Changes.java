package de.regiograph.graph;

/** What a write did: rows that created something, changed something, or found it as it was. */
public record Changes(long created, long updated, long unchanged) {

    public static final Changes NONE = new Changes(0, 0, 0);

    public Changes plus(Changes other) {
        return new Changes(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }

    /** Cypher: whether the properties of {@code entity} differ from the map {@code properties}. */
    static String differ(String entity, String properties) {
        return "any(k IN keys(" + properties + ") WHERE NOT coalesce(" + entity + "[k] = " + properties + "[k], "
                + entity + "[k] IS NULL AND " + properties + "[k] IS NULL))";
    }
}
