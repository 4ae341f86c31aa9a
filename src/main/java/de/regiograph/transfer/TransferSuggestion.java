package de.regiograph.transfer;

import de.regiograph.actor.ActorKind;
import de.regiograph.practice.GoodPractice;
import java.util.List;

/** A practice from elsewhere suggested for a district, with why and who could take it up there. */
record TransferSuggestion(
        int rank,
        GoodPractice practice,
        double score,
        List<ScoreComponent> components,
        double penalty,
        String penaltyReason,
        boolean spatialLevelFits,
        String spatialLevelNote,
        List<PracticeOrigin> comesFrom,
        List<KindCheck> carriers,
        List<KindCheck> partners,
        List<ActorKind> missingKinds,
        List<AnchorNetwork> anchorNetworks) {}
