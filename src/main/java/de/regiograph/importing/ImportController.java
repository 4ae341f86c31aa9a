package de.regiograph.importing;

import de.regiograph.system.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Upload of one CSV file of the user-data formats, e.g. a spreadsheet export from a front end. */
@Controller
class ImportController {

    static final int MAX_CHARACTERS = 5_000_000;

    private final Importer importer;

    ImportController(Importer importer) {
        this.importer = importer;
    }

    enum ImportFile {
        TAXONOMY,
        ACTORS,
        NETWORKS,
        MEMBERSHIPS,
        COOPERATIONS,
        GOOD_PRACTICES,
        PRACTICE_IMPLEMENTATIONS,
        PRACTICE_ACTORS,
        SHORTAGES;

        String fileName() {
            return name().toLowerCase(Locale.ROOT) + ".csv";
        }
    }

    record ImportedFile(
            String file,
            long rowsRead,
            long rowsRejected,
            long created,
            long updated,
            long unchanged,
            double seconds,
            boolean rejected) {}

    record Payload(boolean imported, boolean dryRun, List<ImportedFile> files, List<ImportProblem> problems) {}

    @MutationMapping
    Payload importCsv(
            @Argument ImportFile file, @Argument String csv, @Argument boolean dryRun, @Argument boolean skipInvalid) {
        if (csv.length() > MAX_CHARACTERS) {
            throw new InvalidArgumentException("csv", "at most " + MAX_CHARACTERS + " characters, got " + csv.length());
        }
        var name = file.fileName();
        var source = new Importer.Source() {
            @Override
            public List<String> files() {
                return List.of(name);
            }

            @Override
            public InputStream open(String ignored) {
                return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
            }
        };
        var result = importer.importAll(
                source, new Importer.Options(dryRun, skipInvalid, Importer.Options.DEFAULT.batchSize()));
        var files = result.files().stream()
                .map(f -> new ImportedFile(
                        f.file(),
                        f.rowsRead(),
                        f.rowsRejected(),
                        f.changes().created(),
                        f.changes().updated(),
                        f.changes().unchanged(),
                        f.seconds(),
                        f.rejected()))
                .toList();
        return new Payload(!result.rejected(), dryRun, files, result.problems());
    }
}
