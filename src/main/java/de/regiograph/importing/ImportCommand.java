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
import org.springframework.context.ConfigurableApplicationContext;

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
        var springArgs = new ArrayList<String>();
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
            } else if (isSpringOption(arg)) {
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
        try (var context = startWithoutWebServer(springArgs)) {
            var importer = context.getBean(Importer.class);
            var result = importer.importAll(new Folder(folder), options);
            out.print(result.summary());
            return result.rejected() ? 1 : 0;
        }
    }

    /** The options a command hands on to the application: database and logging settings. */
    public static boolean isSpringOption(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--regiograph.neo4j.") || arg.startsWith("--logging.");
    }

    /**
     * The application for a command: the configured database without the web server, the demo data
     * or a fixed Bolt port (a server may run on another database).
     */
    public static ConfigurableApplicationContext startWithoutWebServer(List<String> springOptions) {
        var args = new ArrayList<String>(List.of("--regiograph.demo-data=false"));
        args.addAll(springOptions);
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("regiograph.neo4j.bolt-address", "127.0.0.1:0", "spring.main.banner-mode", "off"))
                .run(args.toArray(String[]::new));
    }
}
