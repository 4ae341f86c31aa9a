package de.regiograph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one CSV file of the import formats: RFC 4180 quoting, {@code \n} line ends, counted rows. */
final class CsvOut implements AutoCloseable {

    private final BufferedWriter out;
    private long rows;

    CsvOut(Path file, String... header) {
        try {
            out = Files.newBufferedWriter(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line((Object[]) header);
        rows = 0;
    }

    /** One row; {@code null} is an empty cell. */
    void row(Object... values) {
        line(values);
    }

    long rows() {
        return rows;
    }

    private void line(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(values[i]));
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
