package de.regiograph.landscape;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The weighted collaboration graph of a landscape's actors as GDS clustered it.
 *
 * @param ties the ties, each once ({@code a < b})
 * @param clusterOf Leiden community per actor with a tie; the numbers only group
 * @param modularity of the partition; null without ties
 */
record CollaborationGraph(List<Tie> ties, Map<String, Long> clusterOf, Double modularity) {

    static final CollaborationGraph EMPTY = new CollaborationGraph(List.of(), Map.of(), null);

    /**
     * The Leiden communities of two or more actors, biggest first, then by their first actor id;
     * the one at index i is named {@link #clusterId(int) clusterId(i)}.
     */
    List<SortedSet<String>> clusters() {
        var groups = new TreeMap<Long, SortedSet<String>>();
        clusterOf.forEach((actor, community) ->
                groups.computeIfAbsent(community, c -> new TreeSet<>()).add(actor));
        return groups.values().stream()
                .filter(g -> g.size() >= 2)
                .sorted(Comparator.comparing((SortedSet<String> g) -> -g.size()).thenComparing(SortedSet::first))
                .toList();
    }

    /** {@code cluster-1} for the biggest cluster, and so on: stable for the same data and arguments. */
    static String clusterId(int index) {
        return "cluster-" + (index + 1);
    }

    /** A tie between two actors (ids, {@code a < b}) and what it is made of. */
    record Tie(
            String a,
            String b,
            double strength,
            int sharedNetworks,
            boolean cooperation,
            int sharedPractices,
            int sharedMeetings,
            int sharedWorkingGroups) {}
}
