package de.regiograph.transfer;

import de.regiograph.actor.Actor;
import de.regiograph.network.Network;
import java.util.List;

/** An actor that could carry or partner a practice, with the anchor networks it belongs to. */
record ActorCandidate(Actor actor, List<Network> anchorNetworks, int networkCount, String reason) {}
