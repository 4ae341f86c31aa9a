package de.regiograph.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import de.regiograph.actor.Actor;
import de.regiograph.actor.ActorKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LandscapeAnalysisTest {

    private static Actor actor(String id) {
        return new Actor(id, "Actor " + id, ActorKind.COMPANY, "06535", null, null, false, null);
    }

    /** GDS's clusters are written while it still seeks the brokers: each part comes when it is found. */
    @Test
    void clustersAndSummaryComeBeforeTheBrokers() {
        var ties = List.of(
                new CollaborationGraph.Tie("a", "b", 2.0, 1, true, 0, 0, 0),
                new CollaborationGraph.Tie("b", "c", 1.0, 1, false, 0, 0, 0));
        var clustered = new CompletableFuture<CollaborationGraph>();
        var brokerScores = new CompletableFuture<Map<String, Double>>();
        var request = LandscapeRequest.of(List.of("06535"), null, null, null, null, null, LocalDate.of(2026, 1, 1));
        var landscape = new LandscapeAnalysis(
                        request, 0.5, List.of(), List.of(actor("a"), actor("b"), actor("c")), List.of())
                .landscape(
                        ties,
                        new CollaborationGraphs.Analysis(clustered, brokerScores, new AtomicBoolean()),
                        List.of(),
                        List.of(),
                        List.of());
        assertThat(landscape.clusters()).isNotDone();
        assertThat(landscape.summary()).isNotDone();

        clustered.complete(new CollaborationGraph(ties, Map.of("a", 7L, "b", 7L, "c", 7L), 0.25));
        assertThat(landscape.clusters().join())
                .singleElement()
                .satisfies(cluster -> assertThat(cluster.size()).isEqualTo(3));
        assertThat(landscape.summary().join().modularity()).isEqualTo(0.25);
        assertThat(landscape.brokers()).isNotDone();

        brokerScores.complete(Map.of("a", 0.0, "b", 1.0, "c", 0.0));
        assertThat(landscape.brokers().join()).singleElement().satisfies(broker -> {
            assertThat(broker.actor().id()).isEqualTo("b");
            assertThat(broker.cluster()).isEqualTo("cluster-1");
        });
    }
}
