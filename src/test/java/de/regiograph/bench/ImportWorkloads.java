package de.regiograph.bench;

import de.regiograph.SharedData;
import de.regiograph.importing.Folder;
import de.regiograph.importing.ImportResult;
import de.regiograph.importing.Importer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.neo4j.driver.Driver;

/**
 * Workload 3: the importer against plain batched {@code UNWIND $rows MERGE} through the driver — the
 * same rows, parsed by the same CSV library, in batches of the same size, without checks or change
 * detection. The rows are the bulk of a scale's user data, cut to a number of actors so that M stays
 * affordable: actors, networks (with where they are active and what they focus on), memberships and
 * cooperations. These workloads replace the user data, so they run after the read workloads.
 */
final class ImportWorkloads {

    private static final int BATCH = Importer.Options.DEFAULT.batchSize();
    private static final List<String> FILES =
            List.of("actors.csv", "networks.csv", "memberships.csv", "cooperations.csv");

    /** Who wrote the data now in the database, so that a re-import runs on its own side's load. */
    private enum Loaded {
        NOTHING,
        IMPORTER,
        MERGE
    }

    private final Importer importer;
    private final Driver driver;
    private final Folder folder;
    private final long rows;
    private Loaded loaded = Loaded.IMPORTER;

    private ImportWorkloads(Importer importer, Driver driver, Folder folder, long rows) {
        this.importer = importer;
        this.driver = driver;
        this.folder = folder;
        this.rows = rows;
    }

    /**
     * Writes the rows the workload imports: the first {@code actors} actors of the generated user
     * data (all at S), all networks, and the memberships and cooperations among those actors.
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
        return new ImportWorkloads(importer, driver, new Folder(folder), rows);
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

    long rows() {
        return rows;
    }

    Workload firstLoad(int repetitions) {
        return new Workload(
                "3a import first load",
                new Workload.Side(this::wipe, () -> importAll(false)),
                new Workload.Side(this::wipe, this::plainMerge),
                repetitions,
                Workload.Check.NONE);
    }

    Workload unchangedReimport(int repetitions) {
        return new Workload(
                "3b import unchanged re-import",
                new Workload.Side(() -> ensure(Loaded.IMPORTER), () -> importAll(true)),
                new Workload.Side(() -> ensure(Loaded.MERGE), this::plainMerge),
                repetitions,
                Workload.Check.NONE);
    }

    private void ensure(Loaded side) {
        if (loaded != side) {
            wipe();
            if (side == Loaded.IMPORTER) {
                importAll(false);
            } else {
                plainMerge();
            }
        }
    }

    private Workload.Response importAll(boolean unchanged) {
        var result = importer.importAll(folder, Importer.Options.DEFAULT);
        check(result);
        if (unchanged && result.changes().unchanged() != rows) {
            throw new IllegalStateException("re-import was not unchanged: " + result.changes());
        }
        loaded = Loaded.IMPORTER;
        return new Workload.Response(null, 1);
    }

    static void check(ImportResult result) {
        if (result.rejected()
                || !result.problems().isEmpty()
                || !result.unknownFiles().isEmpty()) {
            throw new IllegalStateException(result.summary());
        }
    }

    private void wipe() {
        try (var session = driver.session()) {
            session.run("MATCH (n:Actor|Network) WHERE n.id STARTS WITH 'bench-' "
                            + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
        }
        loaded = Loaded.NOTHING;
    }

    private Workload.Response plainMerge() {
        batches("actors.csv", """
                UNWIND $rows AS row
                MERGE (a:Actor {id: row.id})
                SET a.name = row.name, a.kind = row.kind, a.description = row.description,
                    a.illustrative = toBoolean(row.illustrative)
                WITH a, row
                MATCH (d:District {ags: row.district_ags})
                MERGE (a)-[:LOCATED_IN]->(d)""");
        batches("networks.csv", """
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
        batches("memberships.csv", """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.actor_id})
                MATCH (n:Network {id: row.network_id})
                MERGE (a)-[r:MEMBER_OF]->(n)
                SET r.role = row.role, r.since = date(row.since),
                    r.until = CASE WHEN row.until = '' THEN null ELSE date(row.until) END""");
        batches("cooperations.csv", """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.actor_id})
                MATCH (b:Actor {id: row.partner_id})
                MERGE (a)-[r:COOPERATES_WITH]-(b)
                SET r.since = date(row.since), r.topic = row.topic""");
        loaded = Loaded.MERGE;
        return new Workload.Response(null, 1);
    }

    private void batches(String file, String cypher) {
        var all = SharedData.read(folder.path().resolve(file));
        try (var session = driver.session()) {
            for (int start = 0; start < all.size(); start += BATCH) {
                var batch = all.subList(start, Math.min(all.size(), start + BATCH));
                session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
            }
        }
    }
}
