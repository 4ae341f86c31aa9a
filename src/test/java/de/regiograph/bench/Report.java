package de.regiograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The table of a run, printed and written as CSV and JSON under {@code target/bench/}. */
final class Report {

    private static final String HEADER = "workload,candidate_p50_ms,candidate_p95_ms,candidate_min_ms,candidate_max_ms,"
            + "baseline_p50_ms,baseline_p95_ms,baseline_min_ms,baseline_max_ms,ratio,candidate_requests_per_s,"
            + "baseline_requests_per_s,candidate_statements_per_request,baseline_statements_per_request,"
            + "result_bytes,repetitions,rows,candidate_rows_per_s,baseline_rows_per_s";

    private final Map<String, Object> run = new LinkedHashMap<>();

    Report(String scale, long seed) {
        run.put("scale", scale);
        run.put("seed", seed);
        run.put("started", LocalDateTime.now().withNano(0).toString());
        run.put("machine", machine());
        run.put("loadAverageAtStart", load());
    }

    /** Anything else worth keeping with the run: rows generated, load times. */
    void note(String key, Object value) {
        run.put(key, value);
    }

    Path write(List<Runner.Result> results) throws IOException {
        run.put("loadAverageAtEnd", load());
        var lines = new ArrayList<String>();
        var rows = new ArrayList<Map<String, Object>>();
        var names = HEADER.split(",");
        for (var r : results) {
            var c = r.candidate();
            var b = r.baseline();
            var values = List.<Object>of(
                    r.workload().name(),
                    ms(c.p50()),
                    ms(c.p95()),
                    ms(c.min()),
                    ms(c.max()),
                    ms(b.p50()),
                    ms(b.p95()),
                    ms(b.min()),
                    ms(b.max()),
                    round(r.ratio(), 3),
                    round(c.requestsPerSecond(), 2),
                    round(b.requestsPerSecond(), 2),
                    round(c.statementsPerRequest(), 2),
                    round(b.statementsPerRequest(), 2),
                    r.resultBytes(),
                    r.repetitions(),
                    r.workload().rows(),
                    rowsPerSecond(r.workload().rows(), c),
                    rowsPerSecond(r.workload().rows(), b));
            var row = new LinkedHashMap<String, Object>();
            for (int i = 0; i < names.length; i++) {
                row.put(names[i], values.get(i));
            }
            rows.add(row);
            lines.add('"'
                    + r.workload().name()
                    + '"'
                    + values.subList(1, values.size()).stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining(",", ",", "")));
        }
        run.put("workloads", rows);
        print(rows);
        var stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        var folder = Files.createDirectories(Path.of("target", "bench"));
        var name = "suite-" + run.get("scale") + "-" + stamp;
        var csv = new ArrayList<String>();
        run.forEach((key, value) -> {
            if (!key.equals("workloads")) {
                csv.add("# " + key + ": " + value);
            }
        });
        csv.add(HEADER);
        csv.addAll(lines);
        Files.write(folder.resolve(name + ".csv"), csv);
        var json = folder.resolve(name + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), run);
        System.out.println("# written to " + folder.resolve(name + ".csv") + " and " + json);
        return json;
    }

    private void print(List<Map<String, Object>> rows) {
        System.out.println();
        System.out.println("# " + run.get("machine"));
        run.forEach((key, value) -> {
            if (!key.equals("machine") && !key.equals("workloads")) {
                System.out.println("# " + key + ": " + value);
            }
        });
        System.out.printf(
                "%-34s %21s %21s %7s %9s %9s %7s%n",
                "workload",
                "candidate p50/p95 ms",
                "baseline p50/p95 ms",
                "ratio",
                "cand rq/s",
                "base rq/s",
                "stmt/rq");
        for (var row : rows) {
            var v = row.values().stream().map(String::valueOf).toList();
            System.out.printf(
                    "%-34s %10s/%10s %10s/%10s %7s %9s %9s %7s%n",
                    v.get(0), v.get(1), v.get(2), v.get(5), v.get(6), v.get(9), v.get(10), v.get(11), v.get(12));
            System.out.printf("%-34s   min–max %s–%s      %s–%s%n", "", v.get(3), v.get(4), v.get(7), v.get(8));
            if (!v.get(16).equals("0")) {
                System.out.printf(
                        "%-34s   %s rows: candidate %s rows/s, baseline %s rows/s%n",
                        "", v.get(16), v.get(17), v.get(18));
            }
        }
    }

    /** Rows of an import workload over its median time (0 for reads). */
    private static long rowsPerSecond(long rows, Measurement side) {
        return Math.round(rows / side.p50());
    }

    private static double ms(double seconds) {
        return round(seconds * 1000, 2);
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    private static String load() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Cores, CPU model, memory, heap, Java and OS: what the figures depend on. */
    static String machine() {
        return String.format(
                Locale.ROOT,
                "%s, %d cores, %s RAM, %d MiB max heap, Java %s, %s %s (%s), shared with other builds",
                firstMatch(Path.of("/proc/cpuinfo"), "model name\\s*:\\s*(.+)", "unknown CPU"),
                Runtime.getRuntime().availableProcessors(),
                firstMatch(Path.of("/proc/meminfo"), "MemTotal:\\s*(\\d+ kB)", "unknown"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"));
    }

    private static String firstMatch(Path file, String regex, String otherwise) {
        try {
            var matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(Files.readString(file));
            return matcher.find() ? matcher.group(1).trim() : otherwise;
        } catch (IOException | RuntimeException e) {
            return otherwise;
        }
    }
}
