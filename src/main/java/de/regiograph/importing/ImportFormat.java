package de.regiograph.importing;

import de.regiograph.graph.Changes;
import de.regiograph.graph.References;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A file the importer knows: its name, the columns it needs, how a row becomes a record, which keys
 * a record refers to and defines, and how a batch of records is written.
 *
 * @param fields CSV column of each record field whose name is not the column's in camel case
 */
record ImportFormat<T>(
        Pattern name,
        List<String> requiredColumns,
        Function<Row, T> read,
        ReferenceCollector<T> references,
        Function<T, String> defines,
        Writer<T> write,
        Map<String, String> fields) {

    /** A format whose batches are written without regard to what earlier files wrote. */
    ImportFormat(
            Pattern name,
            List<String> requiredColumns,
            Function<Row, T> read,
            ReferenceCollector<T> references,
            Function<T, String> defines,
            BiFunction<List<T>, IntFunction<String>, Changes> write,
            Map<String, String> fields) {
        this(
                name,
                requiredColumns,
                read,
                references,
                defines,
                (batch, argument, written) -> write.apply(batch, argument),
                fields);
    }

    interface ReferenceCollector<T> {
        void add(T record, String argument, References references);
    }

    /** Writes a batch of records, one transaction; {@code argument} names record i in errors. */
    interface Writer<T> {
        Changes write(List<T> batch, IntFunction<String> argument, Written written);
    }

    boolean matches(String file) {
        return name.matcher(file).matches();
    }

    /** The CSV column a field of the record came from. */
    String column(String field) {
        var plain = field.replaceAll("\\[\\d+]$", "");
        return fields.getOrDefault(
                plain, plain.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase());
    }
}
