package de.regiograph.taxonomy;

import de.regiograph.graph.NodeType;

/** The four classifications of good practices and network focus, each a node label. */
public enum TaxonomyKind {
    STRATEGY(NodeType.STRATEGY),
    TARGET_GROUP(NodeType.TARGET_GROUP),
    ACTION_FIELD(NodeType.ACTION_FIELD),
    PROJECT_TYPE(NodeType.PROJECT_TYPE);

    private final NodeType nodeType;

    TaxonomyKind(NodeType nodeType) {
        this.nodeType = nodeType;
    }

    public NodeType nodeType() {
        return nodeType;
    }

    /** Cypher map projection of a term {@code n} of this kind that {@link TaxonomyTerm#of} reads. */
    public String projection() {
        return "n {.name, .description, kind: '" + name() + "'}";
    }
}
