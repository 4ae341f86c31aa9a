package de.regiograph.research;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/** Converts between JSON values (GraphQL's JSON scalar) and Cypher values. */
public final class JsonValues {

    private JsonValues() {}

    /** A Cypher value as plain JSON: nodes, relationships and paths as maps, temporal values as ISO text. */
    public static Object json(Value value) {
        return switch (value.type().name()) {
            case "NULL" -> null;
            case "BOOLEAN" -> value.asBoolean();
            case "INTEGER" -> value.asLong();
            case "FLOAT" -> value.asDouble();
            case "STRING" -> value.asString();
            case "BYTES" -> Base64.getEncoder().encodeToString(value.asByteArray());
            case "LIST" -> value.asList(JsonValues::json);
            case "MAP" -> map(value.asMap(JsonValues::json));
            case "NODE" -> node(value.asNode());
            case "RELATIONSHIP" -> relationship(value.asRelationship());
            case "PATH" -> {
                var path = value.asPath();
                var nodes = new ArrayList<Object>();
                path.nodes().forEach(n -> nodes.add(node(n)));
                var relationships = new ArrayList<Object>();
                path.relationships().forEach(r -> relationships.add(relationship(r)));
                yield Map.of("nodes", nodes, "relationships", relationships);
            }
            case "POINT" -> {
                var point = value.asPoint();
                var map = new LinkedHashMap<String, Object>();
                map.put("srid", point.srid());
                map.put("x", point.x());
                map.put("y", point.y());
                if (!Double.isNaN(point.z())) {
                    map.put("z", point.z());
                }
                yield map;
            }
            default -> value.asObject().toString();
        };
    }

    private static Map<String, Object> node(Node node) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", node.elementId());
        var labels = new ArrayList<String>();
        node.labels().forEach(labels::add);
        map.put("labels", labels);
        map.put("properties", map(node.asMap(JsonValues::json)));
        return map;
    }

    private static Map<String, Object> relationship(Relationship relationship) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", relationship.elementId());
        map.put("type", relationship.type());
        map.put("start", relationship.startNodeElementId());
        map.put("end", relationship.endNodeElementId());
        map.put("properties", map(relationship.asMap(JsonValues::json)));
        return map;
    }

    private static Map<String, Object> map(Map<String, Object> entries) {
        return new LinkedHashMap<>(entries);
    }

    /** A JSON value from GraphQL as a Cypher parameter: big numbers become long or double. */
    public static Object parameter(Object value) {
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.scale() <= 0 ? decimal.longValueExact() : decimal.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            var converted = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> converted.put(String.valueOf(k), parameter(v)));
            return converted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonValues::parameter).toList();
        }
        return value;
    }
}
