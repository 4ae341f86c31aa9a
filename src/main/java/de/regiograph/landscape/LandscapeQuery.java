package de.regiograph.landscape;

import de.regiograph.system.QueryLibrary;

/** The analysis statements of the landscape, read from {@code cypher/queries} so that researchers run the same. */
enum LandscapeQuery {
    SCOPE("landscape-scope"),
    ACTORS("landscape-actors"),
    NETWORKS("landscape-networks"),
    NETWORK_MEMBERS("landscape-network-members"),
    COVERAGE("landscape-coverage"),
    TIES("landscape-ties"),
    PROJECT("landscape-project"),
    CLUSTERS("landscape-clusters"),
    BROKERS("landscape-brokers"),
    DROP("landscape-drop");

    private final String cypher;

    LandscapeQuery(String file) {
        this.cypher = QueryLibrary.read(file);
    }

    String cypher() {
        return cypher;
    }
}
