package de.regiograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The real German reference data beside every checkout ({@code ../shared/data}), for tests and benchmarks. */
public final class SharedData {

    public static final Path FOLDER = Path.of("..", "shared", "data");

    private SharedData() {}

    /** The rows of one file of the reference data, as maps from column name to cell. */
    public static List<Map<String, String>> read(String file) {
        return read(FOLDER.resolve(file));
    }

    /** The rows of a CSV file with a header line, as maps from column name to cell. */
    public static List<Map<String, String>> read(Path file) {
        try (var reader = Files.newBufferedReader(file);
                var parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            return parser.stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
