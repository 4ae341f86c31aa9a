package de.regiograph.transfer;

import de.regiograph.actor.ActorKind;
import java.util.List;

/** The actors of one kind in the district that could carry or partner a practice; missing when there are none. */
record KindCheck(ActorKind kind, int actorCount, List<ActorCandidate> candidates, boolean missing, String note) {}
