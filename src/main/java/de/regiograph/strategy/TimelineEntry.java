package de.regiograph.strategy;

import java.time.LocalDate;

/** A dated step of a process, about the process, a workshop, a working group or a measure. */
record TimelineEntry(LocalDate date, Kind kind, String title, String subjectId) {

    /** In the order the steps sort on the same day. */
    enum Kind {
        PROCESS_STARTED,
        WORKSHOP_STOCKTAKING,
        WORKSHOP_OPERATIONALISATION,
        WORKSHOP_EVALUATION,
        WORKING_GROUP_FORMED,
        WORKING_GROUP_CLOSED,
        MEASURE_START,
        MEASURE_END,
        PROCESS_ENDED
    }
}
