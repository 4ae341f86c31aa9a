package de.regiograph.landscape;

import de.regiograph.actor.Actor;
import de.regiograph.actor.ActorKind;
import de.regiograph.district.District;
import de.regiograph.landscape.Landscapes.DeclaredNetwork;
import de.regiograph.landscape.Landscapes.ShortageRow;
import de.regiograph.landscape.Landscapes.TermRow;
import de.regiograph.landscape.NetworkLandscape.ActorCluster;
import de.regiograph.landscape.NetworkLandscape.Broker;
import de.regiograph.landscape.NetworkLandscape.CollaborationTie;
import de.regiograph.landscape.NetworkLandscape.KindCount;
import de.regiograph.landscape.NetworkLandscape.LandscapeCoverage;
import de.regiograph.landscape.NetworkLandscape.LandscapeNetwork;
import de.regiograph.landscape.NetworkLandscape.LandscapeSummary;
import de.regiograph.landscape.NetworkLandscape.NetworkMatch;
import de.regiograph.landscape.NetworkLandscape.NetworkOverlap;
import de.regiograph.landscape.NetworkLandscape.ShortageCoverage;
import de.regiograph.landscape.NetworkLandscape.ShortageInDistrict;
import de.regiograph.landscape.NetworkLandscape.TermCoverage;
import de.regiograph.network.Network;
import de.regiograph.taxonomy.TaxonomyTerm;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns what the database and GDS returned into the landscape: clusters matched against declared
 * networks, brokers with what they connect, overlaps, isolated actors, gaps and figures. Pure:
 * the same input gives the same, equally ordered output.
 */
final class LandscapeAnalysis {

    private static final Comparator<Actor> BY_NAME =
            Comparator.comparing(Actor::name).thenComparing(Actor::id);
    private static final Comparator<Network> NETWORK_BY_NAME =
            Comparator.comparing(Network::name).thenComparing(Network::id);

    private final LandscapeRequest request;
    private final double informalBelow;
    private final List<District> districts;
    private final List<Actor> actors;
    private final Map<String, Actor> actorsById = new HashMap<>();
    private final List<DeclaredNetwork> networks;
    private final Map<String, Network> networksById = new LinkedHashMap<>();
    /** Per network id, the ids of its members at the date located in the covered districts. */
    private final Map<String, Set<String>> localMembers = new LinkedHashMap<>();

    LandscapeAnalysis(
            LandscapeRequest request,
            double informalBelow,
            List<District> districts,
            List<Actor> actors,
            List<DeclaredNetwork> networks) {
        this.request = request;
        this.informalBelow = informalBelow;
        this.districts = districts;
        this.actors = actors;
        this.networks = networks;
        actors.forEach(a -> actorsById.put(a.id(), a));
        for (var n : networks) {
            networksById.put(n.network().id(), n.network());
            localMembers.put(n.network().id(), new TreeSet<>(n.membersInScope()));
        }
    }

    /**
     * The landscape of the ties; its clusters and summary follow when GDS has clustered them, its
     * brokers when GDS has found them too.
     */
    NetworkLandscape landscape(
            List<CollaborationGraph.Tie> ties,
            CollaborationGraphs.Analysis analysis,
            List<ShortageRow> shortages,
            List<TermRow> targetGroups,
            List<TermRow> actionFields) {
        var tied = new HashSet<String>();
        ties.forEach(t -> {
            tied.add(t.a());
            tied.add(t.b());
        });
        var isolated = actors.stream()
                .filter(a -> !tied.contains(a.id()))
                .sorted(BY_NAME)
                .toList();
        var declared = networks.stream().map(this::declared).toList();
        var clustered = analysis.clustered();
        var clusters = clustered.thenApply(this::clusters);
        return new NetworkLandscape(
                districts,
                request.asOf(),
                request.minTieStrength(),
                declared,
                clusters,
                clusters.thenCombine(analysis.brokerScores(), (found, scores) -> brokers(ties, scores, found)),
                overlaps(),
                isolated,
                ties.stream()
                        .map(t -> new CollaborationTie(
                                actorsById.get(t.a()),
                                actorsById.get(t.b()),
                                t.strength(),
                                t.sharedNetworks(),
                                t.cooperation(),
                                t.sharedPractices(),
                                t.sharedMeetings(),
                                t.sharedWorkingGroups()))
                        .toList(),
                coverage(shortages, targetGroups, actionFields),
                clustered.thenCombine(clusters, (graph, found) -> summary(graph, found, isolated, declared)));
    }

    private LandscapeNetwork declared(DeclaredNetwork n) {
        var founded = n.network().founded();
        return new LandscapeNetwork(
                n.network(),
                districts.stream().map(District::ags).toList(),
                request.asOf(),
                n.membersByRole().stream()
                        .sorted(Comparator.comparing(r -> r.role().ordinal()))
                        .toList(),
                n.size(),
                localMembers.get(n.network().id()).size(),
                founded == null ? null : Period.between(founded, request.asOf()).getYears(),
                n.size() > 0,
                n.activeInScope());
    }

    /** Leiden communities of two or more actors, biggest first, then by their first actor id. */
    private List<ActorCluster> clusters(CollaborationGraph graph) {
        var ordered = graph.clusters();
        var clusters = new ArrayList<ActorCluster>();
        for (var members : ordered) {
            var matches = new ArrayList<NetworkMatch>();
            localMembers.forEach((id, local) -> {
                int shared = shared(members, local);
                if (shared > 0) {
                    matches.add(new NetworkMatch(networksById.get(id), jaccard(shared, members, local), shared));
                }
            });
            matches.sort(Comparator.comparing((NetworkMatch m) -> -m.jaccard())
                    .thenComparing(NetworkMatch::network, NETWORK_BY_NAME));
            var best = matches.isEmpty() ? null : matches.get(0);
            clusters.add(new ActorCluster(
                    CollaborationGraph.clusterId(clusters.size()),
                    actorsOf(members),
                    members.size(),
                    best,
                    List.copyOf(matches),
                    best == null || best.jaccard() < informalBelow));
        }
        return clusters;
    }

    private List<Broker> brokers(
            List<CollaborationGraph.Tie> ties, Map<String, Double> brokerScores, List<ActorCluster> actorClusters) {
        var clusterOf = new HashMap<String, String>();
        actorClusters.forEach(c -> c.members().forEach(a -> clusterOf.put(a.id(), c.id())));
        var top = brokerScores.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(request.brokers())
                .toList();
        // the tie partners of the brokers only, not of every actor
        var partners = new HashMap<String, Set<String>>();
        top.forEach(e -> partners.put(e.getKey(), new TreeSet<>()));
        for (var t : ties) {
            var ofA = partners.get(t.a());
            if (ofA != null) {
                ofA.add(t.b());
            }
            var ofB = partners.get(t.b());
            if (ofB != null) {
                ofB.add(t.a());
            }
        }
        var clusterOrder = Comparator.comparing((String id) -> Integer.parseInt(id.substring("cluster-".length())));
        return top.stream()
                .map(e -> {
                    var actor = e.getKey();
                    var around = new TreeSet<>(partners.get(actor));
                    around.add(actor);
                    var clusters = around.stream()
                            .map(clusterOf::get)
                            .filter(Objects::nonNull)
                            .distinct()
                            .sorted(clusterOrder)
                            .toList();
                    var connected = localMembers.entrySet().stream()
                            .filter(n -> shared(n.getValue(), around) > 0)
                            .map(n -> networksById.get(n.getKey()))
                            .sorted(NETWORK_BY_NAME)
                            .toList();
                    return new Broker(actorsById.get(actor), e.getValue(), clusterOf.get(actor), clusters, connected);
                })
                .toList();
    }

    private List<NetworkOverlap> overlaps() {
        var ids = new ArrayList<>(localMembers.keySet());
        var overlaps = new ArrayList<NetworkOverlap>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                var a = localMembers.get(ids.get(i));
                var b = localMembers.get(ids.get(j));
                int shared = shared(a, b);
                if (shared > 0) {
                    overlaps.add(new NetworkOverlap(
                            networksById.get(ids.get(i)),
                            networksById.get(ids.get(j)),
                            actorsOf(intersection(a, b)),
                            jaccard(shared, a, b)));
                }
            }
        }
        overlaps.sort(Comparator.comparing((NetworkOverlap o) -> -o.jaccard())
                .thenComparing(NetworkOverlap::first, NETWORK_BY_NAME)
                .thenComparing(NetworkOverlap::second, NETWORK_BY_NAME));
        return overlaps;
    }

    private LandscapeCoverage coverage(
            List<ShortageRow> shortages, List<TermRow> targetGroups, List<TermRow> actionFields) {
        var districtsByAgs = districts.stream().collect(Collectors.toMap(District::ags, Function.identity()));
        var occupations = shortages.stream()
                .map(s -> {
                    var covering = networksOf(s.networks());
                    return new ShortageCoverage(
                            s.occupation(),
                            s.districts().stream()
                                    .map(d ->
                                            new ShortageInDistrict(districtsByAgs.get(d.ags()), d.year(), d.severity()))
                                    .toList(),
                            covering,
                            !covering.isEmpty());
                })
                .toList();
        var groups = terms(targetGroups);
        var fields = terms(actionFields);
        return new LandscapeCoverage(
                occupations,
                groups,
                fields,
                occupations.stream()
                        .filter(o -> !o.covered())
                        .map(ShortageCoverage::occupation)
                        .toList(),
                uncovered(groups),
                uncovered(fields));
    }

    private List<TermCoverage> terms(List<TermRow> rows) {
        return rows.stream()
                .map(r -> {
                    var covering = networksOf(r.networks());
                    return new TermCoverage(r.term(), covering, !covering.isEmpty());
                })
                .toList();
    }

    private static List<TaxonomyTerm> uncovered(List<TermCoverage> terms) {
        return terms.stream().filter(t -> !t.covered()).map(TermCoverage::term).toList();
    }

    private LandscapeSummary summary(
            CollaborationGraph graph,
            List<ActorCluster> clusters,
            List<Actor> isolated,
            List<LandscapeNetwork> declared) {
        int n = actors.size();
        int ties = graph.ties().size();
        var inNetworks = new HashSet<String>();
        localMembers.values().forEach(inNetworks::addAll);
        var isolatedIds = isolated.stream().map(Actor::id).collect(Collectors.toSet());
        var byKind = new ArrayList<KindCount>();
        for (var kind : ActorKind.values()) {
            var ofKind = actors.stream().filter(a -> a.kind() == kind).toList();
            byKind.add(new KindCount(
                    kind,
                    ofKind.size(),
                    (int) ofKind.stream()
                            .filter(a -> inNetworks.contains(a.id()))
                            .count(),
                    (int) ofKind.stream()
                            .filter(a -> isolatedIds.contains(a.id()))
                            .count()));
        }
        return new LandscapeSummary(
                n,
                ties,
                n < 2 ? 0.0 : ties / (n * (n - 1) / 2.0),
                graph.modularity(),
                clusters.size(),
                (int) clusters.stream().filter(ActorCluster::informal).count(),
                isolated.size(),
                declared.size(),
                (int) declared.stream().filter(LandscapeNetwork::active).count(),
                byKind);
    }

    private List<Network> networksOf(Collection<String> ids) {
        return ids.stream()
                .distinct()
                .map(networksById::get)
                .filter(Objects::nonNull)
                .sorted(NETWORK_BY_NAME)
                .toList();
    }

    private List<Actor> actorsOf(Collection<String> ids) {
        return ids.stream().map(actorsById::get).sorted(BY_NAME).toList();
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        var shared = new TreeSet<>(a);
        shared.retainAll(b);
        return shared;
    }

    /** How many elements two sets share, without copying either. */
    private static int shared(Set<String> a, Set<String> b) {
        var smaller = a.size() <= b.size() ? a : b;
        var larger = smaller == a ? b : a;
        int shared = 0;
        for (var element : smaller) {
            if (larger.contains(element)) {
                shared++;
            }
        }
        return shared;
    }

    /** Shared elements / elements of either; 0 when both are empty. */
    private static double jaccard(int shared, Set<String> a, Set<String> b) {
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0.0 : shared / (double) union;
    }
}
