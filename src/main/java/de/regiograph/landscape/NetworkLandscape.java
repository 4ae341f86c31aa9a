package de.regiograph.landscape;

import de.regiograph.actor.Actor;
import de.regiograph.actor.ActorKind;
import de.regiograph.district.District;
import de.regiograph.graph.MembershipRole;
import de.regiograph.network.Network;
import de.regiograph.occupation.Occupation;
import de.regiograph.taxonomy.TaxonomyTerm;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The network landscape of some districts at a date; the nested records are its parts. The parts
 * that GDS computes (clusters, brokers, and the summary with the modularity) come later, so that
 * GraphQL writes the rest of the answer, the ties above all, while GDS works.
 */
record NetworkLandscape(
        List<District> districts,
        LocalDate asOf,
        double minTieStrength,
        List<LandscapeNetwork> networks,
        CompletableFuture<List<ActorCluster>> clusters,
        CompletableFuture<List<Broker>> brokers,
        List<NetworkOverlap> overlaps,
        List<Actor> isolatedActors,
        List<CollaborationTie> ties,
        LandscapeCoverage coverage,
        CompletableFuture<LandscapeSummary> summary) {

    /**
     * A declared network in the landscape; its member list is read only when asked for (by the
     * landscape's districts and date, which it carries for that).
     */
    record LandscapeNetwork(
            Network network,
            List<String> scope,
            LocalDate asOf,
            List<RoleCount> membersByRole,
            int size,
            int membersInScope,
            Integer ageYears,
            boolean active,
            boolean activeInScope) {}

    record LandscapeMember(Actor actor, MembershipRole role, LocalDate since, LocalDate until, boolean inScope) {}

    record RoleCount(MembershipRole role, int count) {}

    record ActorCluster(
            String id,
            List<Actor> members,
            int size,
            NetworkMatch bestMatch,
            List<NetworkMatch> matches,
            boolean informal) {}

    record NetworkMatch(Network network, double jaccard, int sharedMembers) {}

    record Broker(
            Actor actor, double score, String cluster, List<String> connectsClusters, List<Network> connectsNetworks) {}

    record NetworkOverlap(Network first, Network second, List<Actor> sharedMembers, double jaccard) {}

    record CollaborationTie(
            Actor from,
            Actor to,
            double strength,
            int sharedNetworks,
            boolean cooperation,
            int sharedPractices,
            int sharedMeetings,
            int sharedWorkingGroups) {}

    record LandscapeCoverage(
            List<ShortageCoverage> shortages,
            List<TermCoverage> targetGroups,
            List<TermCoverage> actionFields,
            List<Occupation> uncoveredShortages,
            List<TaxonomyTerm> uncoveredTargetGroups,
            List<TaxonomyTerm> uncoveredActionFields) {}

    record ShortageCoverage(
            Occupation occupation, List<ShortageInDistrict> districts, List<Network> networks, boolean covered) {}

    record ShortageInDistrict(District district, int year, double severity) {}

    record TermCoverage(TaxonomyTerm term, List<Network> networks, boolean covered) {}

    record LandscapeSummary(
            int actors,
            int ties,
            double density,
            Double modularity,
            int clusters,
            int informalClusters,
            int isolatedActors,
            int networks,
            int activeNetworks,
            List<KindCount> byKind) {}

    record KindCount(ActorKind kind, int actors, int inNetworks, int isolated) {}
}
