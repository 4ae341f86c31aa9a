package de.regiograph.landscape;

import java.util.List;
import java.util.Map;

/**
 * The weighted collaboration graph of a landscape's actors as GDS analysed it.
 *
 * @param ties the ties, each once ({@code a < b})
 * @param clusterOf Leiden community per actor with a tie; the numbers only group
 * @param brokerScore betweenness per actor with a tie: pairs of actors whose shortest paths run through it
 * @param modularity of the partition; null without ties
 */
record CollaborationGraph(
        List<Tie> ties, Map<String, Long> clusterOf, Map<String, Double> brokerScore, Double modularity) {

    static final CollaborationGraph EMPTY = new CollaborationGraph(List.of(), Map.of(), Map.of(), null);

    /** A tie between two actors (ids, {@code a < b}) and what it is made of. */
    record Tie(String a, String b, double strength, int sharedNetworks, boolean cooperation, int sharedPractices) {}
}
