package de.regiograph.strategy;

import static de.regiograph.system.Values.date;
import static de.regiograph.system.Values.flag;
import static de.regiograph.system.Values.text;
import static de.regiograph.system.Values.texts;

import de.regiograph.graph.NodeType;
import de.regiograph.graph.References;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import de.regiograph.system.Text;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/**
 * A regional strategy cycle (stocktaking, working groups, operationalisation, evaluation) run for
 * one district or a group of districts; it may have founded a lasting network.
 */
public record StrategyProcess(
        String id,
        String name,
        String description,
        LocalDate started,
        LocalDate ended,
        boolean illustrative,
        List<String> districts,
        String foundedNetworkId) {

    /** Cypher map projection of process {@code n} that {@link #of} reads. */
    static final String PROJECTION =
            "n {.*, districts: [(n)-[:RUNS_IN]->(d) | d.ags], " + "foundedNetworkId: [(n)-[:FOUNDED]->(x) | x.id][0]}";

    static StrategyProcess of(MapAccessor m) {
        return new StrategyProcess(
                text(m, "id"),
                text(m, "name"),
                text(m, "description"),
                date(m, "started"),
                date(m, "ended"),
                flag(m, "illustrative", false),
                texts(m, "districts"),
                text(m, "foundedNetworkId"));
    }

    public StrategyProcess checked(String argument) {
        if (districts == null || districts.isEmpty()) {
            throw new InvalidArgumentException(argument + ".districts", "a process runs in at least one district");
        }
        Dates.notBefore(argument + ".ended", ended, "started", started);
        return new StrategyProcess(
                Keys.idOrNew(argument + ".id", id, "process"),
                Text.required(argument + ".name", name, 200),
                Text.optional(argument + ".description", description, 4000),
                started,
                ended,
                illustrative,
                Keys.AGS.check(argument + ".districts", districts),
                foundedNetworkId == null ? null : Keys.ID.check(argument + ".foundedNetworkId", foundedNetworkId));
    }

    public void addReferences(String argument, References references) {
        references
                .addAll(argument + ".districts", NodeType.DISTRICT, districts)
                .add(argument + ".foundedNetworkId", NodeType.NETWORK, foundedNetworkId);
    }
}
