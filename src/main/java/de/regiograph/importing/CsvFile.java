package de.regiograph.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads an import file with Commons CSV: strict UTF-8 (a UTF-8 byte order mark is skipped), comma
 * separated per RFC 4180, a header row. Problems with the file as a whole are reported on line 1.
 */
final class CsvFile {

    private CsvFile() {}

    /** Calls {@code rows} for each data row; returns the problems of the file as a whole. */
    static List<ImportProblem> read(
            String file, InputStream in, List<String> requiredColumns, Integer fileYear, Consumer<Row> rows) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        long line = 1;
        try (var parser = CSVParser.parse(withoutByteOrderMark(new InputStreamReader(in, decoder)), format)) {
            var header = parser.getHeaderNames();
            var problems = new ArrayList<ImportProblem>();
            if (header.size() == 1
                    && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
                problems.add(new ImportProblem(
                        file,
                        1,
                        null,
                        "the columns are separated by " + (header.get(0).contains(";") ? "';'" : "tabs")
                                + "; Regiograph reads comma-separated files"));
                return problems;
            }
            for (var column : requiredColumns) {
                if (!header.contains(column)) {
                    problems.add(new ImportProblem(file, 1, column, "the header has no column '" + column + "'"));
                }
            }
            if (!problems.isEmpty()) {
                return problems;
            }
            for (var record : parser) {
                line = record.getRecordNumber() + 1;
                rows.accept(new Row(file, record, fileYear));
            }
            return List.of();
        } catch (CharacterCodingException e) {
            return List.of(notUtf8(file, line));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return List.of(notUtf8(file, line + 1));
            }
            return List.of(new ImportProblem(
                    file,
                    line + 1,
                    null,
                    "cannot be read as CSV: " + e.getCause().getMessage()));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return List.of(new ImportProblem(file, line + 1, null, "cannot be read as CSV: " + e.getMessage()));
        }
    }

    private static ImportProblem notUtf8(String file, long line) {
        return new ImportProblem(file, line, null, "the file is not UTF-8 encoded (save it as 'CSV UTF-8')");
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        var pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
