package de.regiograph.strategy;

/** Where a measure stands; DONE and DROPPED are final, the others can be overdue. */
public enum MeasureStatus {
    IDEA,
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED
}
