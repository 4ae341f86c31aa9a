package de.regiograph.strategy;

/** Formats of exchange meetings. */
public enum MeetingKind {
    /** Erfahrungsaustausch. */
    EXCHANGE,
    WORLD_CAFE,
    CONFERENCE,
    OTHER
}
