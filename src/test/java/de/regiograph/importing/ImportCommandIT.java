package de.regiograph.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, as a user runs it: its own database, a summary, an exit code. */
class ImportCommandIT {

    @TempDir
    Path database;

    @TempDir
    Path folder;

    @Test
    void importsAFolderThenRejectsABadFile() throws IOException {
        Files.copy(Path.of("data", "demo", "states.csv"), folder.resolve("states.csv"));
        Files.copy(Path.of("data", "demo", "districts.csv"), folder.resolve("districts.csv"));
        var out = new ByteArrayOutputStream();
        int exit = ImportCommand.run(args(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("districts.csv\\s+26\\s+0\\s+26\\s+0\\s+0")
                .contains("Import complete.");

        Files.writeString(folder.resolve("actors.csv"), "id,name,kind,district_ags\nx1,Ohne Kreis,COMPANY,06999\n");
        out.reset();
        exit = ImportCommand.run(args(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("districts.csv\\s+26\\s+0\\s+0\\s+0\\s+26")
                .contains("actors.csv line 2, column district_ags: no district with key '06999'")
                .contains("Import rejected.");
    }

    /**
     * Into an empty database the importer creates actors, networks and practices without looking for
     * them first; the second run finds every property and relationship (a network's districts and
     * focus, a practice's classification) as the upsert compares them.
     */
    @Test
    void aFirstLoadIntoAnEmptyDatabaseIsFoundUnchangedByTheNext() throws IOException {
        try (var files = Files.list(Path.of("data", "demo"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        var out = new ByteArrayOutputStream();
        assertThat(ImportCommand.run(args(), new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("actors.csv\\s+147\\s+0\\s+147\\s+0\\s+0\\s")
                .containsPattern("networks.csv\\s+17\\s+0\\s+17\\s+0\\s+0\\s")
                .containsPattern("good_practices.csv\\s+30\\s+0\\s+30\\s+0\\s+0\\s");

        out.reset();
        assertThat(ImportCommand.run(args(), new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("actors.csv\\s+147\\s+0\\s+0\\s+0\\s+147\\s")
                .containsPattern("networks.csv\\s+17\\s+0\\s+0\\s+0\\s+17\\s")
                .containsPattern("good_practices.csv\\s+30\\s+0\\s+0\\s+0\\s+30\\s")
                .containsPattern("memberships.csv\\s+\\d+\\s+0\\s+0\\s+0\\s+\\d+\\s");
    }

    @Test
    void aWrongCommandLineIsExplained() {
        var out = new ByteArrayOutputStream();
        assertThat(ImportCommand.run(
                        new String[] {"import", "--fast"}, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("unknown argument: --fast")
                .contains(ImportCommand.USAGE);
    }

    private String[] args() {
        return new String[] {"import", folder.toString(), "--regiograph.neo4j.data-dir=" + database};
    }
}
