package de.regiograph.visualisation;

import de.regiograph.system.InvalidArgumentException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The file formats of {@code GET /export/{format}}. */
enum ExportFormat {
    /** GraphML for Gephi, yEd, Cytoscape desktop. */
    GRAPHML("graphml", "application/graphml+xml", "graphml"),
    /** GEXF 1.3 for Gephi. */
    GEXF("gexf", "application/gexf+xml", "gexf"),
    /** Cytoscape.js JSON: {@code {"elements": {"nodes": [...], "edges": [...]}}}. */
    CYTOSCAPE("cytoscape", "application/json", "json"),
    /** A zip of nodes.csv and edges.csv. */
    CSV("csv", "application/zip", "zip");

    private final String name;
    private final String mediaType;
    private final String extension;

    ExportFormat(String name, String mediaType, String extension) {
        this.name = name;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ExportFormat of(String name) {
        return Arrays.stream(values())
                .filter(f -> f.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidArgumentException(
                        "format",
                        "unknown: '" + name + "'; known are "
                                + Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "))));
    }

    String mediaType() {
        return mediaType;
    }

    String fileName() {
        return "regiograph-graph." + extension;
    }
}
