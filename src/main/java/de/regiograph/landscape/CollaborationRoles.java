package de.regiograph.landscape;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;

/**
 * Each actor's place in the collaboration graph of some districts, as {@code networkLandscape}
 * with its defaults (today, every tie) finds it: its cluster and its broker score. For other
 * features that draw actors, e.g. the layout hints of {@code graph(...)}.
 */
@Service
public class CollaborationRoles {

    /**
     * @param cluster the landscape's cluster id ({@code cluster-1} is the biggest); null when the
     *     actor is in no cluster of two or more
     * @param brokerScore betweenness in the tie graph; 0 for an actor without ties
     */
    public record Role(String cluster, double brokerScore) {}

    private final CollaborationGraphs graphs;

    CollaborationRoles(CollaborationGraphs graphs) {
        this.graphs = graphs;
    }

    /**
     * The roles of the actors located in the districts {@code ags} that have a tie there (one
     * statement for the ties, then the GDS analysis); actors without a tie are left out.
     */
    public Map<String, Role> inDistricts(Collection<String> ags) {
        if (ags.isEmpty()) {
            return Map.of();
        }
        var analysis = graphs.analyse(CompletableFuture.completedFuture(graphs.ties(
                ags.stream().sorted().distinct().toList(),
                LocalDate.now(),
                LandscapeRequest.DEFAULT_MIN_TIE_STRENGTH)));
        var graph = Landscapes.result(analysis.clustered());
        var brokerScores = Landscapes.result(analysis.brokerScores());
        var clusterOf = new HashMap<String, String>();
        var clusters = graph.clusters();
        for (int i = 0; i < clusters.size(); i++) {
            var id = CollaborationGraph.clusterId(i);
            clusters.get(i).forEach(actor -> clusterOf.put(actor, id));
        }
        var roles = new HashMap<String, Role>();
        graph.clusterOf()
                .keySet()
                .forEach(actor ->
                        roles.put(actor, new Role(clusterOf.get(actor), brokerScores.getOrDefault(actor, 0.0))));
        return roles;
    }
}
