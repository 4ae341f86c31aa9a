package de.regiograph.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.regiograph.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** A backup of the demo database, restored by the command into a fresh database, has the same checksum. */
class BackupIT extends IntegrationTest {

    @Autowired
    Backup backup;

    @Autowired
    Driver driver;

    @TempDir
    Path folder;

    @TempDir
    Path freshDatabase;

    @Test
    void theRestoreOfAnExportHasTheChecksumOfTheOriginal() throws IOException {
        var exported = backup.export(folder.resolve("backup"));
        var original = DatabaseChecksum.of(driver);
        assertThat(exported.checksum()).isEqualTo(original);
        assertThat(exported.nodes()).isEqualTo(original.nodes());
        assertThat(exported.relationships()).isEqualTo(original.relationships());
        assertThat(original.labels()).containsKeys("District", "Actor", "Network", "GoodPractice");
        // dates keep their type: the demo memberships have a since date
        assertThat(Files.readString(folder.resolve("backup").resolve(Backup.RELATIONSHIPS)))
                .contains("\"since\":{\"$type\":\"date\",\"value\":\"");

        var out = new ByteArrayOutputStream();
        int exit = BackupCommand.run(
                new String[] {
                    "restore", folder.resolve("backup").toString(), "--regiograph.neo4j.data-dir=" + freshDatabase
                },
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Restored " + original.nodes() + " nodes and " + original.relationships() + " relationships")
                .contains("checksum " + original.contentHash())
                .contains("Restore complete");
        assertThat(exit).isZero();
    }

    @Test
    void aRestoreIntoADatabaseWithDataIsRefusedAndAnExportDoesNotOverwrite() throws IOException {
        var before = DatabaseChecksum.of(driver);
        backup.export(folder);

        assertThatThrownBy(() -> backup.restore(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the database is not empty");
        assertThatThrownBy(() -> backup.export(folder)).hasMessageContaining("exists already");
        assertThat(DatabaseChecksum.of(driver)).isEqualTo(before);
    }

    @Test
    void aWrongCommandLineIsExplained() {
        var out = new ByteArrayOutputStream();
        assertThat(BackupCommand.run(new String[] {"export"}, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("no folder given")
                .contains(BackupCommand.USAGE);
    }
}
