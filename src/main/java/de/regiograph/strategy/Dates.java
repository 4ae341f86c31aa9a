package de.regiograph.strategy;

import de.regiograph.system.InvalidArgumentException;
import java.time.LocalDate;

/** The plausibility checks on the dates of a strategy process. */
final class Dates {

    private Dates() {}

    /** Refuses {@code date} when it lies before {@code earlier} (what {@code earlierName} names). */
    static void notBefore(String argument, LocalDate date, String earlierName, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            throw new InvalidArgumentException(
                    argument, "must not be before " + earlierName + " (" + earlier + "), was " + date);
        }
    }

    /** Refuses {@code date} when it lies after {@code later} (what {@code laterName} names). */
    static void notAfter(String argument, LocalDate date, String laterName, LocalDate later) {
        if (date != null && later != null && date.isAfter(later)) {
            throw new InvalidArgumentException(
                    argument, "must not be after " + laterName + " (" + later + "), was " + date);
        }
    }
}
