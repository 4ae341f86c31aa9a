package de.regiograph.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The three shapes of read the API needs, each one Cypher statement: a page of a list with its
 * total, one node by key, and the related nodes of many parents at once (for batch mappings).
 */
public final class Queries {

    private Queries() {}

    /**
     * A page of a sorted list. {@code match} binds the listed nodes to {@code n}; {@code orderBy}
     * sorts them and must end with the unique key so that pages are stable; {@code projection} maps
     * {@code n} to what the mapper reads.
     */
    public static <T> Connection<T> page(
            Neo4jClient client,
            String match,
            String orderBy,
            String projection,
            Map<String, Object> parameters,
            Page page,
            Function<MapAccessor, T> mapper) {
        var cypher = match
                + "\nWITH n ORDER BY " + orderBy
                + "\nWITH collect(n) AS listed"
                + "\nRETURN size(listed) AS total, [n IN listed[$offset..($offset + $limit)] | " + projection
                + "] AS page";
        var all = new HashMap<>(parameters);
        all.put("offset", page.offset());
        all.put("limit", page.limit());
        List<T> nodes = new ArrayList<>();
        long[] total = {0};
        client.query(cypher)
                .bindAll(all)
                .fetchAs(Long.class)
                .mappedBy((types, record) -> {
                    nodes.addAll(record.get("page").asList(mapper::apply));
                    total[0] = record.get("total").asLong();
                    return total[0];
                })
                .one();
        return page.connection(nodes, total[0]);
    }

    /** The single row a query returns, if any, mapped from its column {@code n}. */
    public static <T> Optional<T> one(
            Neo4jClient client,
            String cypher,
            Map<String, Object> parameters,
            Class<T> type,
            Function<MapAccessor, T> mapper) {
        return client.query(cypher)
                .bindAll(parameters)
                .fetchAs(type)
                .mappedBy((types, record) -> mapper.apply(record.get("n")))
                .one();
    }

    /**
     * Related items of many parents. The query takes {@code $keys} and returns one row per parent
     * with columns {@code key} and {@code items} (a list); parents without a row get an empty list.
     */
    public static <T> Map<String, List<T>> grouped(
            Neo4jClient client, String cypher, Collection<String> keys, Function<MapAccessor, T> mapper) {
        var byKey = new HashMap<String, List<T>>();
        client.query(cypher)
                .bind(List.copyOf(keys))
                .to("keys")
                .fetchAs(String.class)
                .mappedBy((types, record) -> {
                    var key = record.get("key").asString();
                    byKey.put(key, record.get("items").asList(mapper::apply));
                    return key;
                })
                .all();
        return byKey;
    }

    /** Re-keys grouped items by the parent objects a batch mapping was given. */
    public static <P, T> Map<P, List<T>> byParent(
            Collection<P> parents, Function<P, String> key, Map<String, List<T>> grouped) {
        var result = new java.util.LinkedHashMap<P, List<T>>();
        for (var parent : parents) {
            result.put(parent, grouped.getOrDefault(key.apply(parent), List.of()));
        }
        return result;
    }

    /** Like {@link #byParent} for a to-one field: parents whose key names nothing are left out. */
    public static <P, T> Map<P, T> singleByParent(
            Collection<P> parents, Function<P, String> key, Map<String, List<T>> grouped) {
        var result = new java.util.LinkedHashMap<P, T>();
        for (var parent : parents) {
            var items = grouped.get(key.apply(parent));
            if (items != null && !items.isEmpty()) {
                result.put(parent, items.get(0));
            }
        }
        return result;
    }
}
