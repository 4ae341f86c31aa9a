package de.regiograph.strategy;

import java.time.LocalDate;
import java.util.List;

/** How far a process's measures have come at a date. */
record ProcessProgress(
        LocalDate asOf,
        int measures,
        List<StatusCount> byStatus,
        List<Measure> overdue,
        List<AssessmentCount> byAssessment) {

    record StatusCount(MeasureStatus status, int count) {}

    record AssessmentCount(Assessment assessment, int count) {}
}
