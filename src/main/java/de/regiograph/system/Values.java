package de.regiograph.system;

import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Reads optional properties of a node or map returned by Cypher into Java values. */
public final class Values {

    private Values() {}

    public static String text(MapAccessor m, String key) {
        var v = m.get(key);
        return v.isNull() ? null : v.asString();
    }

    public static Integer integer(MapAccessor m, String key) {
        var v = m.get(key);
        return v.isNull() ? null : v.asInt();
    }

    public static Double decimal(MapAccessor m, String key) {
        var v = m.get(key);
        return v.isNull() ? null : v.asDouble();
    }

    public static LocalDate date(MapAccessor m, String key) {
        var v = m.get(key);
        return v.isNull() ? null : v.asLocalDate();
    }

    public static boolean flag(MapAccessor m, String key, boolean absent) {
        var v = m.get(key);
        return v.isNull() ? absent : v.asBoolean();
    }

    public static List<String> texts(MapAccessor m, String key) {
        var v = m.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    public static <E extends Enum<E>> E constant(MapAccessor m, String key, Class<E> type) {
        var v = m.get(key);
        return v.isNull() ? null : Enum.valueOf(type, v.asString());
    }

    public static <E extends Enum<E>> List<E> constants(MapAccessor m, String key, Class<E> type) {
        return texts(m, key).stream().map(s -> Enum.valueOf(type, s)).toList();
    }
}
