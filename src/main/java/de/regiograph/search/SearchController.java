package de.regiograph.search;

import de.regiograph.actor.Actor;
import de.regiograph.district.District;
import de.regiograph.network.Network;
import de.regiograph.occupation.Occupation;
import de.regiograph.practice.GoodPractice;
import de.regiograph.system.InvalidArgumentException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Full-text search over the index {@code search_text} (see the first migration). */
@Controller
class SearchController {

    private static final String SEARCH =
            """
            CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node AS n, score
            WITH n, score ORDER BY score DESC LIMIT $first
            RETURN score, CASE
              WHEN n:District THEN {type: 'District', node: %s}
              WHEN n:Occupation THEN {type: 'Occupation', node: %s}
              WHEN n:Actor THEN {type: 'Actor', node: %s}
              WHEN n:Network THEN {type: 'Network', node: %s}
              ELSE {type: 'GoodPractice', node: n {.*}}
            END AS hit
            """.formatted(District.PROJECTION, Occupation.PROJECTION, Actor.PROJECTION, Network.PROJECTION);

    private static final java.util.Map<String, Function<MapAccessor, Object>> MAPPERS = java.util.Map.of(
            "District", District::of,
            "Occupation", Occupation::of,
            "Actor", Actor::of,
            "Network", Network::of,
            "GoodPractice", GoodPractice::of);

    private final Neo4jClient client;

    SearchController(Neo4jClient client) {
        this.client = client;
    }

    record SearchHit(double score, Object node) {}

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument Integer first) {
        int limit = first == null ? 10 : first;
        if (limit < 1 || limit > 100) {
            throw new InvalidArgumentException("first", "must be between 1 and 100, was " + limit);
        }
        var query = luceneQuery(text);
        return List.copyOf(client.query(SEARCH)
                .bind(query)
                .to("query")
                .bind(limit)
                .to("first")
                .fetchAs(SearchHit.class)
                .mappedBy((types, record) -> {
                    var hit = record.get("hit");
                    return new SearchHit(
                            record.get("score").asDouble(),
                            MAPPERS.get(hit.get("type").asString()).apply(hit.get("node")));
                })
                .all());
    }

    /**
     * Every word must match, as itself or as the start of a longer word ("pflege" finds
     * "Pflegekräfte"). Lucene's operators and special characters in the text are taken literally.
     */
    static String luceneQuery(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException("text", "must not be empty");
        }
        if (text.length() > 200) {
            throw new InvalidArgumentException("text", "at most 200 characters, got " + text.length());
        }
        return Arrays.stream(text.strip().toLowerCase(Locale.GERMAN).split("\\s+"))
                .map(SearchController::escape)
                .filter(word -> !word.isEmpty())
                .map(word -> "(" + word + " OR " + word + "*)")
                .collect(Collectors.joining(" AND "));
    }

    private static String escape(String word) {
        var escaped = new StringBuilder();
        for (char c : word.toCharArray()) {
            if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
