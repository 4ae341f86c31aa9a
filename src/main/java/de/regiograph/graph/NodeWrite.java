package de.regiograph.graph;

/** What a write of nodes may take for granted about its rows (see {@link Nodes#write}). */
public enum NodeWrite {
    /** Nothing: the rows' references are checked, then each row is compared with the database. */
    CHECK,
    /**
     * The references have been checked (the importer checks whole files before it writes): each row
     * is compared with the database.
     */
    CHECKED,
    /** The references have been checked and no node of the type existed: created without comparing. */
    NEW
}
