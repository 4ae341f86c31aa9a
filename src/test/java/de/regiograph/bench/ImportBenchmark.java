package de.regiograph.bench;

import de.regiograph.Application;
import de.regiograph.importing.Folder;
import de.regiograph.importing.ImportResult;
import de.regiograph.importing.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Import throughput against the simplest good alternative, measured in the same run on the same
 * machine: a plain batched {@code UNWIND $rows MERGE} of the same rows through the driver, with no
 * checks and no change detection. Reports first load of a generated user-data set (actors,
 * networks, memberships), the unchanged re-import, and the reference data of {@code ../shared/data}.
 * Run with {@code ./mvnw -Pbench verify} ({@code -Dbench.rows=…}, {@code -Dbench.repetitions=…}).
 */
public final class ImportBenchmark {

    private static final int BATCH = Importer.Options.DEFAULT.batchSize();
    private static final Path SHARED = Path.of("..", "shared", "data");

    private ImportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = Integer.getInteger("bench.rows", 200_000);
        int repetitions = Integer.getInteger("bench.repetitions", 3);
        var work = Files.createTempDirectory("regiograph-bench");
        var userData = Files.createDirectories(work.resolve("user-data"));
        int generated = generate(userData, rows);
        try (var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "regiograph.neo4j.bolt-address",
                        "127.0.0.1:0",
                        "logging.level.de.regiograph",
                        "warn",
                        "logging.level.de.regiograph.importing",
                        "info"))
                .run("--regiograph.demo-data=false", "--regiograph.neo4j.data-dir=" + work.resolve("db"))) {
            var importer = context.getBean(Importer.class);
            var driver = context.getBean(Driver.class);

            var reference = timed(() -> importer.importAll(new Folder(SHARED), Importer.Options.DEFAULT));
            var referenceAgain = timed(() -> importer.importAll(new Folder(SHARED), Importer.Options.DEFAULT));
            check(reference.value());

            // One unmeasured round, so that both sides run with planned queries and compiled code.
            wipe(driver);
            check(importer.importAll(new Folder(userData), Importer.Options.DEFAULT));
            wipe(driver);
            plainMerge(driver, userData);

            var candidate = new ArrayList<Double>();
            var again = new ArrayList<Double>();
            var baseline = new ArrayList<Double>();
            for (int i = 0; i < repetitions; i++) {
                wipe(driver);
                var first = timed(() -> importer.importAll(new Folder(userData), Importer.Options.DEFAULT));
                check(first.value());
                candidate.add(first.seconds());
                var second = timed(() -> importer.importAll(new Folder(userData), Importer.Options.DEFAULT));
                if (second.value().changes().unchanged() != generated) {
                    throw new IllegalStateException(
                            "re-import was not unchanged: " + second.value().changes());
                }
                again.add(second.seconds());
                wipe(driver);
                baseline.add(timed(() -> plainMerge(driver, userData)).seconds());
            }
            report(
                    rows,
                    generated,
                    repetitions,
                    reference.seconds(),
                    referenceAgain.seconds(),
                    reference.value(),
                    candidate,
                    again,
                    baseline);
        }
    }

    private record Timed<T>(T value, double seconds) {}

    private static <T> Timed<T> timed(Supplier<T> work) {
        long started = System.nanoTime();
        var value = work.get();
        return new Timed<>(value, (System.nanoTime() - started) / 1e9);
    }

    private static void check(ImportResult result) {
        if (result.rejected()) {
            throw new IllegalStateException(result.summary());
        }
    }

    /** Deterministic user data over the real districts: half actors, the rest networks and memberships. */
    private static int generate(Path folder, int rows) throws IOException {
        var districts = read(SHARED.resolve("districts.csv")).stream()
                .map(r -> r.get("ags"))
                .toList();
        var kinds = List.of(
                "MUNICIPALITY",
                "COMPANY",
                "CHAMBER",
                "EMPLOYMENT_AGENCY",
                "JOBCENTER",
                "SCHOOL",
                "UNIVERSITY",
                "TRAINING_PROVIDER",
                "ASSOCIATION",
                "UNION",
                "WELFARE_ORGANISATION",
                "OTHER");
        var random = new Random(42);
        int actors = rows / 2;
        int networks = Math.max(1, rows / 100);
        int memberships = rows - actors - networks;
        try (var out = new PrintWriter(Files.newBufferedWriter(folder.resolve("actors.csv")))) {
            out.println("id,name,kind,district_ags,description");
            for (int i = 0; i < actors; i++) {
                out.printf(
                        Locale.ROOT,
                        "bench-a-%07d,Akteur %d,%s,%s,Generiert für den Benchmark%n",
                        i,
                        i,
                        kinds.get(random.nextInt(kinds.size())),
                        districts.get(random.nextInt(districts.size())));
            }
        }
        try (var out = new PrintWriter(Files.newBufferedWriter(folder.resolve("networks.csv")))) {
            out.println("id,name,founded,active_in");
            for (int i = 0; i < networks; i++) {
                out.printf(
                        Locale.ROOT,
                        "bench-n-%05d,Netzwerk %d,%s,%s%n",
                        i,
                        i,
                        LocalDate.of(2005 + random.nextInt(18), 1 + random.nextInt(12), 1),
                        districts.get(random.nextInt(districts.size())));
            }
        }
        var pairs = new HashSet<Long>();
        try (var out = new PrintWriter(Files.newBufferedWriter(folder.resolve("memberships.csv")))) {
            out.println("actor_id,network_id,role,since");
            while (pairs.size() < memberships) {
                int actor = random.nextInt(actors);
                int network = random.nextInt(networks);
                if (pairs.add((long) actor * networks + network)) {
                    out.printf(
                            Locale.ROOT,
                            "bench-a-%07d,bench-n-%05d,%s,%s%n",
                            actor,
                            network,
                            random.nextInt(10) == 0 ? "COORDINATOR" : "MEMBER",
                            LocalDate.of(2010 + random.nextInt(14), 1, 1));
                }
            }
        }
        return actors + networks + memberships;
    }

    private static void wipe(Driver driver) {
        try (var session = driver.session()) {
            session.run("MATCH (n:Actor|Network) WHERE n.id STARTS WITH 'bench-' "
                            + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
        }
    }

    /** The baseline: the same rows, parsed by the same CSV library, merged in batches of the same size. */
    private static int plainMerge(Driver driver, Path folder) {
        int written = 0;
        written += batches(driver, folder.resolve("networks.csv"), """
                UNWIND $rows AS row
                MERGE (n:Network {id: row.id})
                SET n.name = row.name, n.founded = date(row.founded)
                WITH n, row
                MATCH (d:District {ags: row.active_in})
                MERGE (n)-[:ACTIVE_IN]->(d)""");
        written += batches(driver, folder.resolve("actors.csv"), """
                UNWIND $rows AS row
                MERGE (a:Actor {id: row.id})
                SET a.name = row.name, a.kind = row.kind, a.description = row.description
                WITH a, row
                MATCH (d:District {ags: row.district_ags})
                MERGE (a)-[:LOCATED_IN]->(d)""");
        written += batches(driver, folder.resolve("memberships.csv"), """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.actor_id})
                MATCH (n:Network {id: row.network_id})
                MERGE (a)-[r:MEMBER_OF]->(n)
                SET r.role = row.role, r.since = date(row.since)""");
        return written;
    }

    private static int batches(Driver driver, Path file, String cypher) {
        var rows = read(file);
        try (var session = driver.session()) {
            for (int start = 0; start < rows.size(); start += BATCH) {
                var batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
                session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
            }
        }
        return rows.size();
    }

    private static List<Map<String, String>> read(Path file) {
        try (var reader = Files.newBufferedReader(file);
                var parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            return parser.stream()
                    .map(CSVRecord::toMap)
                    .map(HashMap::new)
                    .map(m -> (Map<String, String>) m)
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void report(
            int requested,
            int rows,
            int repetitions,
            double referenceSeconds,
            double referenceAgainSeconds,
            ImportResult reference,
            List<Double> candidate,
            List<Double> again,
            List<Double> baseline)
            throws IOException {
        long referenceRows = reference.files().stream()
                .mapToLong(ImportResult.FileResult::rowsRead)
                .sum();
        double candidateRate = rows / median(candidate);
        double baselineRate = rows / median(baseline);
        var lines = new ArrayList<String>();
        lines.add("workload,rows,candidate_s_median,candidate_s_min,candidate_s_max,baseline_s_median,baseline_s_min,"
                + "baseline_s_max,candidate_rows_per_s,baseline_rows_per_s,ratio");
        lines.add(String.format(
                Locale.ROOT,
                "user data first load,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.0f,%.0f,%.2f",
                rows,
                median(candidate),
                min(candidate),
                max(candidate),
                median(baseline),
                min(baseline),
                max(baseline),
                candidateRate,
                baselineRate,
                candidateRate / baselineRate));
        lines.add(String.format(
                Locale.ROOT,
                "user data unchanged re-import,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.0f,,%.2f",
                rows,
                median(again),
                min(again),
                max(again),
                median(candidate),
                min(candidate),
                max(candidate),
                rows / median(again),
                median(candidate) / median(again)));
        lines.add(String.format(
                Locale.ROOT,
                "reference data first load,%d,%.2f,,,,,,%.0f,,",
                referenceRows,
                referenceSeconds,
                referenceRows / referenceSeconds));
        lines.add(String.format(
                Locale.ROOT,
                "reference data unchanged re-import,%d,%.2f,,,%.2f,,,%.0f,,%.2f",
                referenceRows,
                referenceAgainSeconds,
                referenceSeconds,
                referenceRows / referenceAgainSeconds,
                referenceSeconds / referenceAgainSeconds));
        var machine = String.format(
                Locale.ROOT,
                "# %s, %d cores, %d MiB max heap, Java %s, %d of %d requested rows, %d repetitions",
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"),
                rows,
                requested,
                repetitions);
        System.out.println();
        System.out.println(machine);
        System.out.println("# re-import line: baseline = first load of the same data; ratio = how many times faster");
        lines.forEach(System.out::println);
        var results = Files.createDirectories(Path.of("target", "bench"));
        var file = results.resolve(
                "import-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv");
        Files.write(file, concat(machine, lines));
        System.out.println("# written to " + file);
    }

    private static List<String> concat(String first, List<String> rest) {
        var all = new ArrayList<String>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
