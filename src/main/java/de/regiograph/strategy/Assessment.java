package de.regiograph.strategy;

/** The verdict on a measure at the evaluation workshop. */
public enum Assessment {
    ACHIEVED,
    PARTLY,
    NOT_ACHIEVED
}
