package de.regiograph.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/** One data row of an import file, with typed access to its cells; errors name file, line and column. */
final class Row {

    private final String file;
    private final CSVRecord record;
    private final Integer fileYear;

    Row(String file, CSVRecord record, Integer fileYear) {
        this.file = file;
        this.record = record;
        this.fileYear = fileYear;
    }

    /** The year in the row's {@code year} column, or else in the file name (commuter_flows_2016.csv). */
    int year() {
        var year = integer("year");
        if (year == null && fileYear == null) {
            throw problem("year", "a value is required (no year in the file name either)");
        }
        return year != null ? year : fileYear;
    }

    /** Line of the row in its file, counting the header as line 1. */
    long line() {
        return record.getRecordNumber() + 1;
    }

    /** Where the row came from, as the prefix of argument names in errors. */
    String where() {
        return file + " line " + line();
    }

    /** The columns of the file's header. */
    java.util.List<String> columns() {
        return record.getParser().getHeaderNames();
    }

    String text(String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        var value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column) {
        var value = text(column);
        if (value == null) {
            throw problem(column, "a value is required");
        }
        return value;
    }

    Integer integer(String column) {
        var value = text(column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw problem(column, "expected a whole number, got '" + value + "'");
        }
    }

    Double decimal(String column) {
        var value = text(column);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw problem(column, "expected a number with a decimal point, got '" + value + "'");
        }
    }

    LocalDate date(String column) {
        var value = text(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem(column, "expected a date yyyy-mm-dd, got '" + value + "'");
        }
    }

    boolean flag(String column) {
        var value = text(column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1" -> true;
            case "false", "no", "nein", "0" -> false;
            default -> throw problem(column, "expected true or false, got '" + value + "'");
        };
    }

    /** The values of a multi-valued cell (separated by {@code |}); empty when the cell is. */
    List<String> list(String column) {
        var value = text(column);
        return value == null
                ? List.of()
                : Arrays.stream(value.split("\\|"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /**
     * The values of a multi-valued cell by position, an empty value as null, for columns that run in
     * parallel (the n-th values of {@code contact_name} and {@code contact_email} belong together).
     */
    List<String> positions(String column) {
        var value = text(column);
        return value == null
                ? List.of()
                : Arrays.stream(value.split("\\|", -1))
                        .map(String::strip)
                        .map(s -> s.isEmpty() ? null : s)
                        .toList();
    }

    <E extends Enum<E>> E constant(String column, Class<E> type) {
        var value = text(column);
        return value == null ? null : constant(column, type, value);
    }

    <E extends Enum<E>> List<E> constants(String column, Class<E> type) {
        return list(column).stream().map(v -> constant(column, type, v)).toList();
    }

    private <E extends Enum<E>> E constant(String column, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(
                    column, "expected one of " + Arrays.toString(type.getEnumConstants()) + ", got '" + value + "'");
        }
    }

    ImportProblem problem(String column, String reason) {
        return new ImportProblem(file, line(), column, reason);
    }
}
