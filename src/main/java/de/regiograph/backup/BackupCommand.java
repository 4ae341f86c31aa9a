package de.regiograph.backup;

import de.regiograph.importing.ImportCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * {@code export DIR} writes a backup of the configured database into a folder; {@code restore DIR}
 * loads one into an empty database and checks that the result has the checksum recorded at export.
 * Both run without the web server and need an embedded database to themselves. Exit code 0 when it
 * worked, 1 when it failed (restore: also when the checksums differ), 2 for a wrong command line.
 */
public final class BackupCommand {

    static final String USAGE = "usage: export DIR | restore DIR [--spring.option=value ...]";

    private BackupCommand() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("export") || args[0].equals("restore"));
    }

    public static int run(String[] args, PrintStream out) {
        Path folder = null;
        var springOptions = new ArrayList<String>();
        for (int i = 1; i < args.length; i++) {
            if (ImportCommand.isSpringOption(args[i])) {
                springOptions.add(args[i]);
            } else if (!args[i].startsWith("--") && folder == null) {
                folder = Path.of(args[i]);
            } else {
                out.println("unknown argument: " + args[i] + "\n" + USAGE);
                return 2;
            }
        }
        if (folder == null) {
            out.println("no folder given\n" + USAGE);
            return 2;
        }
        try (var context = ImportCommand.startWithoutWebServer(springOptions)) {
            var backup = context.getBean(Backup.class);
            if (args[0].equals("export")) {
                var result = backup.export(folder);
                out.printf(
                        "Exported %d nodes and %d relationships to %s%n",
                        result.nodes(), result.relationships(), folder);
                out.println("checksum " + result.checksum().contentHash());
                return 0;
            }
            var recorded = backup.recordedChecksum(folder);
            var result = backup.restore(folder);
            out.printf(
                    "Restored %d nodes and %d relationships from %s%n", result.nodes(), result.relationships(), folder);
            out.println("checksum " + result.checksum().contentHash());
            if (!result.checksum().equals(recorded)) {
                out.println("Restore differs from the backup: expected " + recorded + ", got " + result.checksum());
                return 1;
            }
            out.println("Restore complete: the checksum matches the backup's.");
            return 0;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            out.println((args[0].equals("export") ? "Export" : "Restore") + " failed: " + e.getMessage());
            return 1;
        }
    }
}
