package de.regiograph.landscape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** The analysis statements of the landscape, read from {@code cypher/queries} so that researchers run the same. */
enum LandscapeQuery {
    SCOPE("landscape-scope"),
    ACTORS("landscape-actors"),
    NETWORKS("landscape-networks"),
    COVERAGE("landscape-coverage"),
    TIES("landscape-ties"),
    PROJECT("landscape-project"),
    CLUSTERS("landscape-clusters"),
    DROP("landscape-drop");

    private final String cypher;

    LandscapeQuery(String file) {
        var resource = new ClassPathResource("cypher/queries/" + file + ".cypher");
        try (var in = resource.getInputStream()) {
            this.cypher = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getPath(), e);
        }
    }

    String cypher() {
        return cypher;
    }
}
