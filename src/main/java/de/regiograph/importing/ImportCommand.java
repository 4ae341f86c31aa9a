package de.regiograph.importing;

import de.regiograph.Application;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code import DIR [--dry-run] [--skip-invalid] [--batch-size=N]}: imports the files of a folder
 * into the configured database (embedded or external) without starting the web server. Exit code
 * 0 when everything was imported, 1 when the import was rejected, 2 for a wrong command line.
 */
public final class ImportCommand {

    static final String USAGE =
            "usage: import DIR [--dry-run] [--skip-invalid] [--batch-size=N] [--spring.option=value ...]";

    private ImportCommand() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && args[0].equals("import");
    }

    public static int run(String[] args, PrintStream out) {
        Path folder = null;
        var options = Importer.Options.DEFAULT;
        // The import must not load the demo data, and needs no fixed Bolt port (the server may run).
        var springArgs = new ArrayList<String>(List.of("--regiograph.demo-data=false"));
        for (int i = 1; i < args.length; i++) {
            var arg = args[i];
            if (arg.equals("--dry-run")) {
                options = new Importer.Options(true, options.skipInvalid(), options.batchSize());
            } else if (arg.equals("--skip-invalid")) {
                options = new Importer.Options(options.dryRun(), true, options.batchSize());
            } else if (arg.startsWith("--batch-size=")) {
                int size;
                try {
                    size = Integer.parseInt(arg.substring("--batch-size=".length()));
                } catch (NumberFormatException e) {
                    size = 0;
                }
                if (size < 1 || size > 1_000_000) {
                    out.println("--batch-size must be a whole number from 1 to 1000000\n" + USAGE);
                    return 2;
                }
                options = new Importer.Options(options.dryRun(), options.skipInvalid(), size);
            } else if (arg.startsWith("--spring.")
                    || arg.startsWith("--regiograph.neo4j.")
                    || arg.startsWith("--logging.")) {
                springArgs.add(arg);
            } else if (!arg.startsWith("--") && folder == null) {
                folder = Path.of(arg);
            } else {
                out.println("unknown argument: " + arg + "\n" + USAGE);
                return 2;
            }
        }
        if (folder == null || !Files.isDirectory(folder)) {
            out.println((folder == null ? "no folder given" : "not a folder: " + folder) + "\n" + USAGE);
            return 2;
        }
        try (var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("regiograph.neo4j.bolt-address", "127.0.0.1:0", "spring.main.banner-mode", "off"))
                .run(springArgs.toArray(String[]::new))) {
            var importer = context.getBean(Importer.class);
            var result = importer.importAll(new Folder(folder), options);
            out.print(result.summary());
            return result.rejected() ? 1 : 0;
        }
    }
}
