package de.regiograph.bench;

import de.regiograph.SharedData;
import de.regiograph.importing.Folder;
import de.regiograph.importing.ImportResult;
import de.regiograph.importing.Importer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.neo4j.driver.Driver;

/**
 * Workload 3: the importer against plain batched {@code UNWIND $rows MERGE} through the driver — the
 * same rows, parsed by the same CSV library, in batches of the same size, without checks or change
 * detection. Two data sets: the bulk of a scale's user data (actors, networks with where they are
 * active and what they focus on, memberships, cooperations), cut to a number of actors, and the
 * reference data of the scale (at M the real {@code ../shared/data}). These workloads replace the
 * data, so they run after the read workloads; the reference data ones last (they delete everything).
 */
final class ImportWorkloads {

    private static final int BATCH = Importer.Options.DEFAULT.batchSize();

    /** With {@code bench.import-log-level=debug} the baseline prints its time per file, as the importer logs it. */
    private static final boolean DEBUG = "debug".equalsIgnoreCase(Benchmarks.importLogLevel());

    /** The reference files in the order the importer takes them (parents before children). */
    private static final List<String> REFERENCE_FILES = List.of(
            "states.csv",
            "districts.csv",
            "kldb2010_groups.csv",
            "district_adjacency.csv",
            "district_indicators_inkar_codebook.csv",
            "district_indicators_inkar.csv",
            "district_commuting_2016.csv",
            "commuter_flows_2016.csv");

    /** Deletes the generated user data (the reference data and the taxonomy stay). */
    private static final String WIPE_USER_DATA = "MATCH (n:Actor|Network) WHERE n.id STARTS WITH 'bench-' "
            + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS";

    /** Deletes the reference data and everything that refers to it (the taxonomy stays). */
    private static final String WIPE_REFERENCE_DATA =
            "MATCH (n:Actor|Network|GoodPractice|IndicatorValues|Indicator|District|State|Occupation) "
                    + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS";

    /**
     * One data set of the workloads: where its files are, how many rows they have, how to remove it,
     * and how the baseline writes it.
     */
    private record DataSet(String name, Folder folder, long rows, String wipe, Runnable merge) {}

    private final Importer importer;
    private final Driver driver;
    private final DataSet userData;
    private final DataSet referenceData;

    /** Which data set which side wrote last, so that a re-import runs on its own side's load. */
    private String loaded = "user data by the importer";

    private ImportWorkloads(Importer importer, Driver driver, Folder user, long userRows, Folder reference) {
        this.importer = importer;
        this.driver = driver;
        this.userData = new DataSet("user data", user, userRows, WIPE_USER_DATA, this::mergeUserData);
        this.referenceData = new DataSet(
                "reference data", reference, referenceRows(reference), WIPE_REFERENCE_DATA, this::mergeReferenceData);
    }

    /**
     * Writes the user-data rows the workload imports: the first {@code actors} actors of the
     * generated user data (all at S), all networks, and the memberships and cooperations among those
     * actors. The reference data is imported from where the scale has it.
     */
    static ImportWorkloads of(Importer importer, Driver driver, ScaleGenerator.Generated data, Path work, int actors) {
        var folder = work.resolve("import-workload");
        var kept = new HashSet<String>();
        long rows = 0;
        rows += subset(data, folder, "actors.csv", r -> kept.size() < actors && kept.add(r.get("id")));
        rows += subset(data, folder, "networks.csv", r -> true);
        rows += subset(data, folder, "memberships.csv", r -> kept.contains(r.get("actor_id")));
        rows += subset(
                data,
                folder,
                "cooperations.csv",
                r -> kept.contains(r.get("actor_id")) && kept.contains(r.get("partner_id")));
        return new ImportWorkloads(importer, driver, new Folder(folder), rows, new Folder(data.reference()));
    }

    private static long subset(
            ScaleGenerator.Generated data, Path folder, String file, Predicate<Map<String, String>> keep) {
        var rows = SharedData.read(data.userData().resolve(file));
        var header = List.copyOf(rows.get(0).keySet());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var out = new CsvOut(folder.resolve(file), header.toArray(String[]::new))) {
            rows.stream()
                    .filter(keep)
                    .forEach(r -> out.row(header.stream().map(r::get).toArray()));
            return out.rows();
        }
    }

    private static long referenceRows(Folder folder) {
        return REFERENCE_FILES.stream()
                .filter(file -> Files.exists(folder.path().resolve(file)))
                .mapToLong(file -> SharedData.read(folder.path().resolve(file)).size())
                .sum();
    }

    long userDataRows() {
        return userData.rows();
    }

    long referenceDataRows() {
        return referenceData.rows();
    }

    Workload firstLoad(int repetitions) {
        return firstLoad("3a import first load", userData, repetitions);
    }

    Workload unchangedReimport(int repetitions) {
        return unchangedReimport("3b import unchanged re-import", userData, repetitions);
    }

    Workload referenceFirstLoad(int repetitions) {
        return firstLoad("3c reference data first load", referenceData, repetitions);
    }

    Workload referenceUnchangedReimport(int repetitions) {
        return unchangedReimport("3d reference data unchanged re-import", referenceData, repetitions);
    }

    private Workload firstLoad(String name, DataSet data, int repetitions) {
        return new Workload(
                name,
                new Workload.Side(() -> wipe(data), () -> importAll(data, false)),
                new Workload.Side(() -> wipe(data), () -> merge(data)),
                repetitions,
                Workload.Check.NONE,
                data.rows());
    }

    private Workload unchangedReimport(String name, DataSet data, int repetitions) {
        return new Workload(
                name,
                new Workload.Side(() -> ensure(data, true), () -> importAll(data, true)),
                new Workload.Side(() -> ensure(data, false), () -> merge(data)),
                repetitions,
                Workload.Check.NONE,
                data.rows());
    }

    private static String loadedBy(DataSet data, boolean importer) {
        return data.name() + (importer ? " by the importer" : " by MERGE");
    }

    private void ensure(DataSet data, boolean byImporter) {
        if (!loaded.equals(loadedBy(data, byImporter))) {
            wipe(data);
            if (byImporter) {
                importAll(data, false);
            } else {
                merge(data);
            }
        }
    }

    private Workload.Response importAll(DataSet data, boolean unchanged) {
        var result = importer.importAll(data.folder(), Importer.Options.DEFAULT);
        check(result);
        if (unchanged && (result.changes().created() > 0 || result.changes().updated() > 0)) {
            throw new IllegalStateException("re-import was not unchanged: " + result.changes());
        }
        loaded = loadedBy(data, true);
        return new Workload.Response(null, 1);
    }

    /**
     * How many times faster an unchanged re-import is than a first load (p50 ÷ p50), per data set and
     * side, for the pairs 3a/3b and 3c/3d that the run measured.
     */
    static Map<String, Double> speedUps(List<Runner.Result> results) {
        var byPrefix = new HashMap<String, Runner.Result>();
        results.forEach(r -> byPrefix.put(r.workload().name().substring(0, 2), r));
        var speedUps = new java.util.LinkedHashMap<String, Double>();
        for (var pair : List.of(List.of("3a", "3b", "user data"), List.of("3c", "3d", "reference data"))) {
            var first = byPrefix.get(pair.get(0));
            var again = byPrefix.get(pair.get(1));
            if (first != null && again != null) {
                speedUps.put(
                        pair.get(2) + " importer",
                        round(first.candidate().p50() / again.candidate().p50()));
                speedUps.put(
                        pair.get(2) + " MERGE",
                        round(first.baseline().p50() / again.baseline().p50()));
            }
        }
        return speedUps;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static void check(ImportResult result) {
        if (result.rejected()
                || !result.problems().isEmpty()
                || !result.unknownFiles().isEmpty()) {
            throw new IllegalStateException(result.summary());
        }
    }

    private void wipe(DataSet data) {
        try (var session = driver.session()) {
            session.run(data.wipe()).consume();
        }
        loaded = "nothing";
    }

    private Workload.Response merge(DataSet data) {
        data.merge().run();
        loaded = loadedBy(data, false);
        return new Workload.Response(null, 1);
    }

    private void mergeUserData() {
        batches(userData, "actors.csv", """
                UNWIND $rows AS row
                MERGE (a:Actor {id: row.id})
                SET a.name = row.name, a.kind = row.kind, a.description = row.description,
                    a.illustrative = toBoolean(row.illustrative)
                WITH a, row
                MATCH (d:District {ags: row.district_ags})
                MERGE (a)-[:LOCATED_IN]->(d)""");
        batches(userData, "networks.csv", """
                UNWIND $rows AS row
                MERGE (n:Network {id: row.id})
                SET n.name = row.name, n.description = row.description, n.founded = date(row.founded),
                    n.illustrative = toBoolean(row.illustrative)
                WITH n, row
                CALL (n, row) {
                  UNWIND [x IN split(row.active_in, '|') WHERE x <> ''] AS ags
                  MATCH (d:District {ags: ags})
                  MERGE (n)-[:ACTIVE_IN]->(d)
                }
                CALL (n, row) {
                  UNWIND [x IN split(row.focus_occupations, '|') WHERE x <> ''] AS code
                  MATCH (o:Occupation {code: code})
                  MERGE (n)-[:FOCUSES_ON]->(o)
                }
                CALL (n, row) {
                  UNWIND [x IN split(row.focus_target_groups, '|') WHERE x <> ''] AS name
                  MATCH (t:TargetGroup {name: name})
                  MERGE (n)-[:FOCUSES_ON]->(t)
                }
                CALL (n, row) {
                  UNWIND [x IN split(row.focus_action_fields, '|') WHERE x <> ''] AS name
                  MATCH (f:ActionField {name: name})
                  MERGE (n)-[:FOCUSES_ON]->(f)
                }""");
        batches(userData, "memberships.csv", """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.actor_id})
                MATCH (n:Network {id: row.network_id})
                MERGE (a)-[r:MEMBER_OF]->(n)
                SET r.role = row.role, r.since = date(row.since),
                    r.until = CASE WHEN row.until = '' THEN null ELSE date(row.until) END""");
        batches(userData, "cooperations.csv", """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.actor_id})
                MATCH (b:Actor {id: row.partner_id})
                MERGE (a)-[r:COOPERATES_WITH]-(b)
                SET r.since = date(row.since), r.topic = row.topic""");
    }

    private void mergeReferenceData() {
        batches(referenceData, "states.csv", """
                UNWIND $rows AS row
                MERGE (s:State {code: row.state_code})
                SET s.name = row.name, s.nuts1 = row.nuts1""");
        batches(referenceData, "districts.csv", """
                UNWIND $rows AS row
                MERGE (d:District {ags: row.ags})
                SET d.name = row.name, d.nameOfficial = row.name_official,
                    d.type = CASE toLower(row.type) WHEN 'kreisfreie stadt' THEN 'KREISFREIE_STADT' ELSE 'LANDKREIS' END,
                    d.bbsrType = toInteger(row.bbsr_type), d.bbsrTypeName = row.bbsr_type_name,
                    d.population = toInteger(row.population), d.areaKm2 = toFloat(row.area_km2),
                    d.lat = toFloat(row.lat), d.lon = toFloat(row.lon), d.current = row.exists_2023 <> 'no',
                    d.illustrative = false
                WITH d, row
                MATCH (s:State {code: row.state_code})
                MERGE (d)-[:IN_STATE]->(s)""");
        batches(referenceData, "kldb2010_groups.csv", """
                UNWIND $rows AS row
                MERGE (o:Occupation {code: row.code})
                SET o.level = toInteger(row.level), o.name = row.name, o.shortName = row.short_name""");
        batches(referenceData, "kldb2010_groups.csv", """
                UNWIND $rows AS row
                MATCH (o:Occupation {code: row.code})
                MATCH (p:Occupation {code: row.parent_code})
                MERGE (o)-[:PART_OF]->(p)""");
        batches(referenceData, "district_adjacency.csv", """
                UNWIND $rows AS row
                MATCH (a:District {ags: CASE WHEN row.ags_a < row.ags_b THEN row.ags_a ELSE row.ags_b END})
                MATCH (b:District {ags: CASE WHEN row.ags_a < row.ags_b THEN row.ags_b ELSE row.ags_a END})
                MERGE (a)-[:BORDERS]->(b)""");
        batches(referenceData, "district_indicators_inkar_codebook.csv", """
                UNWIND $rows AS row
                WITH row WHERE NOT row.variable IN ['county_code', 'ags', 'year']
                MERGE (i:Indicator {name: row.variable})
                SET i.label = row.label, i.unit = row.unit, i.category = row.category,
                    i.inkarCode = row.inkar_code, i.notes = row.notes""");
        var indicatorValues = """
                UNWIND $rows AS row
                MERGE (v:IndicatorValues {id: row.ags + ':' + row.year})
                SET v += row.values
                WITH v, row
                MATCH (d:District {ags: row.ags})
                MERGE (v)-[:VALUES_OF]->(d)""";
        batches(referenceData, "district_indicators_inkar.csv", indicatorValues, row -> indicatorValues(row, null));
        batches(referenceData, "district_commuting_2016.csv", indicatorValues, row -> indicatorValues(row, 2016));
        batches(referenceData, "commuter_flows_2016.csv", """
                UNWIND $rows AS row
                MATCH (a:District {ags: row.from_ags})
                MATCH (b:District {ags: row.to_ags})
                MERGE (a)-[r:COMMUTES_TO {year: 2016}]->(b)
                SET r.commuters = toInteger(row.commuters),
                    r.commutersFemale = toInteger(row.commuters_female),
                    r.commutersMale = toInteger(row.commuters_male)""");
    }

    /** An indicator row as the baseline writes it: the numbers of every column but the keys. */
    private static Map<String, Object> indicatorValues(Map<String, String> row, Integer year) {
        var values = new HashMap<String, Object>();
        row.forEach((column, cell) -> {
            if (!column.equals("ags") && !column.equals("year") && !cell.isEmpty()) {
                values.put(column, Double.valueOf(cell));
            }
        });
        int y = year != null ? year : Integer.parseInt(row.get("year"));
        values.put("ags", row.get("ags"));
        values.put("year", y);
        return Map.of("ags", row.get("ags"), "year", y, "values", values);
    }

    private void batches(DataSet data, String file, String cypher) {
        batches(data, file, cypher, row -> row);
    }

    private void batches(
            DataSet data, String file, String cypher, Function<Map<String, String>, Map<String, ?>> convert) {
        var path = data.folder().path().resolve(file);
        if (!Files.exists(path)) {
            return; // the synthetic regions of L have no indicators or commuting
        }
        long started = System.nanoTime();
        var all = SharedData.read(path).stream().map(convert).toList();
        long read = System.nanoTime();
        try (var session = driver.session()) {
            for (int start = 0; start < all.size(); start += BATCH) {
                var batch = all.subList(start, Math.min(all.size(), start + BATCH));
                session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
            }
        }
        if (DEBUG) {
            System.out.printf(
                    "baseline %s: read %d ms, written %d ms%n",
                    file, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        }
    }
}
