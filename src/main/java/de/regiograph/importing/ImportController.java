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
        SHORTAGES,
        STRATEGY_PROCESSES,
        WORKSHOPS,
        WORKING_GROUPS,
        MEASURES,
        WORKSHOP_OUTCOMES,
        MEETINGS;

        String fileName() {
            return name().toLowerCase(Locale.ROOT) + ".csv";
        }
    }

    @MutationMapping
    ImportResult importCsv(
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
        return importer.importAll(
                source, new Importer.Options(dryRun, skipInvalid, Importer.Options.DEFAULT.batchSize()));
    }
}
