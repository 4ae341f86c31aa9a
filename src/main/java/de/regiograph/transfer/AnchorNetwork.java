package de.regiograph.transfer;

import de.regiograph.network.Network;

/** A network active in the district whose focus matches a practice, so that it could take it up. */
record AnchorNetwork(Network network, String reason) {}
