package de.regiograph.bench;

import de.regiograph.Application;
import de.regiograph.SharedData;
import de.regiograph.importing.Folder;
import de.regiograph.importing.Importer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark suite: generates a scale, loads it with the importer into a fresh embedded database,
 * starts the application with its web server on a free port, and runs every workload against its
 * baseline. Run with {@code ./mvnw -Pbench verify -Dbench.scale=S|M|L}; see {@code bench/README.md}
 * for the other settings.
 */
public final class Benchmarks {

    static final Path TAXONOMY = Path.of("data", "demo", "taxonomy.csv");

    /** Workload 4a's district (Frankfurt am Main, the biggest of Hesse, so at every scale) and 4b's state (Hesse). */
    static final String LANDSCAPE_DISTRICT = "06412";

    static final String LANDSCAPE_STATE = "06";

    /** Requests per run of workload 5c. */
    static final int TRANSFER_REQUESTS = 40;

    /** Default of {@code bench.import-actors}: at M, 217,631 rows of user data for workloads 3a and 3b. */
    static final int IMPORT_ACTORS = 50_000;

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        var scale = Scale.named(System.getProperty("bench.scale", "S"));
        long seed = Long.getLong("bench.seed", 42);
        var work = Path.of("target", "bench", "work-" + scale.name());
        // the generated files stay for the next run with the same seed; the database is fresh unless
        // bench.reuse-db keeps the one a run with the same seed loaded (for iterating on a workload)
        var loaded = work.resolve("db-loaded-seed");
        boolean reuse = Boolean.getBoolean("bench.reuse-db")
                && Files.exists(loaded)
                && Files.readString(loaded).equals(Long.toString(seed));
        if (!reuse) {
            Files.deleteIfExists(loaded);
            delete(work.resolve("db"));
        }
        delete(work.resolve("import-workload"));
        var report = new Report(scale.name(), seed);

        var generated = timed(() -> generate(scale, seed, work));
        report.note("generatedRows", generated.value().rows());
        report.note("generateSeconds", generated.seconds());
        if (Boolean.getBoolean("bench.generate-only")) {
            System.out.printf(
                    "%s generated in %.1f s: %s%n",
                    scale.name(), generated.seconds(), generated.value().rows());
            return;
        }
        try (var context = start(work.resolve("db"))) {
            if (reuse) {
                report.note("database", "reused from an earlier run with the same seed");
            } else {
                load(context.getBean(Importer.class), generated.value(), report, work);
                Files.writeString(loaded, Long.toString(seed));
            }
            report.note("graph", graphSize(context.getBean(Driver.class)));
            var results = new ArrayList<Runner.Result>();
            if (!Boolean.getBoolean("bench.load-only")) {
                var meters = context.getBean(MeterRegistry.class);
                var warmupSeconds = Double.parseDouble(System.getProperty("bench.warmup-seconds", "10"));
                report.note("warmupSeconds", warmupSeconds);
                var runner = new Runner(
                        () -> meters.counter("regiograph.cypher.statements").count(),
                        warmupSeconds,
                        Integer.getInteger("bench.budget-seconds", 60));
                var graphQl = new GraphQlClient(port(context));
                var driver = context.getBean(Driver.class);
                try (var reads = new ReadWorkloads(graphQl, driver);
                        var transfers = new TransferWorkloads(graphQl, driver, districts(driver), seed)) {
                    var landscapes = new LandscapeWorkloads(graphQl, driver);
                    for (var workload :
                            workloads(scale, seed, generated.value(), context, reads, landscapes, transfers, work)) {
                        if (workload.name().startsWith("3")) {
                            Files.deleteIfExists(loaded); // the import workloads replace the user data
                        }
                        results.add(runner.run(workload));
                    }
                }
            }
            report.note("reimportSpeedUp", ImportWorkloads.speedUps(results));
            report.write(results);
        }
        if (!Boolean.getBoolean("bench.reuse-db")) {
            delete(work.resolve("db"));
        }
    }

    private static void load(Importer importer, ScaleGenerator.Generated generated, Report report, Path work)
            throws IOException {
        var reference = timed(() -> importer.importAll(new Folder(generated.reference()), Importer.Options.DEFAULT));
        ImportWorkloads.check(reference.value());
        var userFolder = generated.userData();
        if (onlyImports()) {
            // the import workloads bring their own user data: only the taxonomy their networks refer to
            userFolder = Files.createDirectories(work.resolve("taxonomy-only"));
            Files.copy(
                    generated.userData().resolve("taxonomy.csv"),
                    userFolder.resolve("taxonomy.csv"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        var userFolderToLoad = userFolder;
        var userData = timed(() -> importer.importAll(new Folder(userFolderToLoad), Importer.Options.DEFAULT));
        ImportWorkloads.check(userData.value());
        report.note(
                "referenceRows",
                reference.value().files().stream().mapToLong(f -> f.rowsRead()).sum());
        report.note("referenceLoadSeconds", reference.seconds());
        report.note("userDataLoadSeconds", userData.seconds());
        System.out.println(userData.value().summary());
    }

    /** Whether the run's workloads are import workloads only: then the generated user data is not loaded first. */
    private static boolean onlyImports() {
        var only = System.getProperty("bench.workloads", "");
        return !only.isBlank()
                && !Boolean.getBoolean("bench.load-only")
                && Stream.of(only.split(",")).allMatch(prefix -> prefix.trim().startsWith("3"));
    }

    /**
     * The workloads of a run, in order (imports last: they replace the user data). A new workload is
     * a {@link Workload} from a small factory like {@link ReadWorkloads}, added to this list.
     */
    private static List<Workload> workloads(
            Scale scale,
            long seed,
            ScaleGenerator.Generated data,
            ConfigurableApplicationContext context,
            ReadWorkloads reads,
            LandscapeWorkloads landscapes,
            TransferWorkloads transfers,
            Path work) {
        int repetitions = Integer.getInteger("bench.repetitions", 20);
        int importRepetitions = Integer.getInteger("bench.import-repetitions", 3);
        var driver = context.getBean(Driver.class);
        var imports = ImportWorkloads.of(
                context.getBean(Importer.class),
                driver,
                data,
                work,
                Integer.getInteger("bench.import-actors", IMPORT_ACTORS));
        System.out.printf(
                "import workloads: %d rows of user data, %d rows of reference data%n",
                imports.userDataRows(), imports.referenceDataRows());
        var all = List.of(
                reads.districtNetworksMembers(repetitions),
                reads.largeNetwork(repetitions, ScaleGenerator.networkId(0)),
                reads.concurrentClients(
                        Math.max(3, repetitions / 4),
                        Integer.getInteger("bench.mixed-requests", 240),
                        districts(driver),
                        scale.networks(),
                        seed),
                landscapes.district(repetitions, LANDSCAPE_DISTRICT),
                landscapes.state(repetitions, LANDSCAPE_STATE),
                transfers.comparableDistricts(repetitions),
                transfers.transferSuggestions(repetitions),
                transfers.concurrentClients(Math.max(3, repetitions / 4), TRANSFER_REQUESTS),
                imports.firstLoad(importRepetitions),
                imports.unchangedReimport(importRepetitions),
                imports.referenceFirstLoad(importRepetitions),
                imports.referenceUnchangedReimport(importRepetitions));
        var only = System.getProperty("bench.workloads", "");
        return all.stream()
                .filter(w -> only.isBlank()
                        || Stream.of(only.split(","))
                                .anyMatch(prefix -> w.name().startsWith(prefix.trim())))
                .toList();
    }

    private static ScaleGenerator.Generated generate(Scale scale, long seed, Path work) {
        try {
            return new ScaleGenerator(SharedData.FOLDER, TAXONOMY)
                    .generate(scale, seed, Files.createDirectories(work.resolve("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigurableApplicationContext start(Path database) {
        // arguments, not default properties: they must win over application.yaml
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--regiograph.neo4j.bolt-address=127.0.0.1:0",
                        GraphQlClient.TOKEN_KEY,
                        "--regiograph.neo4j.data-dir=" + database.toAbsolutePath(),
                        "--regiograph.demo-data=false",
                        // the demo profile (GraphQlClient signs in with an admin's bearer token); no
                        // request timeout, so that a slow workload is measured rather than cut off
                        "--spring.profiles.active=demo",
                        "--regiograph.graphql.timeout=1h",
                        "--logging.level.de.regiograph=warn",
                        // a load-only run shows the importer's progress, so that a long load can be extrapolated
                        "--logging.level.de.regiograph.importing=" + importLogLevel(),
                        "--logging.level.org.springframework=warn");
    }

    /** {@code bench.import-log-level}; the profile passes it empty when not given. */
    static String importLogLevel() {
        var level = System.getProperty("bench.import-log-level", "");
        return !level.isBlank() ? level : Boolean.getBoolean("bench.load-only") ? "info" : "warn";
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static List<String> districts(Driver driver) {
        try (var session = driver.session()) {
            return session.run("MATCH (d:District) RETURN d.ags AS ags ORDER BY ags")
                    .list(r -> r.get("ags").asString());
        }
    }

    private static Map<String, Long> graphSize(Driver driver) {
        try (var session = driver.session()) {
            var size = new LinkedHashMap<String, Long>();
            size.put(
                    "nodes",
                    session.run("MATCH (n) RETURN count(n) AS c")
                            .single()
                            .get("c")
                            .asLong());
            size.put(
                    "relationships",
                    session.run("MATCH ()-[r]->() RETURN count(r) AS c")
                            .single()
                            .get("c")
                            .asLong());
            return size;
        }
    }

    private record Timed<T>(T value, double seconds) {}

    private static <T> Timed<T> timed(Supplier<T> work) {
        long started = System.nanoTime();
        var value = work.get();
        return new Timed<>(value, Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
