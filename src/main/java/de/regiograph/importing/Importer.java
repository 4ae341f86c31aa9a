package de.regiograph.importing;

import de.regiograph.actor.Actor;
import de.regiograph.actor.ActorKind;
import de.regiograph.actor.Actors;
import de.regiograph.actor.ContactPerson;
import de.regiograph.district.District;
import de.regiograph.district.DistrictType;
import de.regiograph.district.Districts;
import de.regiograph.district.Indicator;
import de.regiograph.district.IndicatorValues;
import de.regiograph.district.State;
import de.regiograph.graph.Changes;
import de.regiograph.graph.Link;
import de.regiograph.graph.Links;
import de.regiograph.graph.MembershipRole;
import de.regiograph.graph.NodeType;
import de.regiograph.graph.NodeWrite;
import de.regiograph.graph.Nodes;
import de.regiograph.graph.References;
import de.regiograph.graph.RelationshipType;
import de.regiograph.graph.RelationshipType.Property;
import de.regiograph.network.Network;
import de.regiograph.network.Networks;
import de.regiograph.occupation.Occupation;
import de.regiograph.occupation.Occupations;
import de.regiograph.practice.GoodPractice;
import de.regiograph.practice.GoodPractices;
import de.regiograph.practice.SpatialLevel;
import de.regiograph.strategy.Assessment;
import de.regiograph.strategy.Measure;
import de.regiograph.strategy.MeasureStatus;
import de.regiograph.strategy.Meeting;
import de.regiograph.strategy.MeetingKind;
import de.regiograph.strategy.Meetings;
import de.regiograph.strategy.StrategyProcess;
import de.regiograph.strategy.StrategyProcesses;
import de.regiograph.strategy.WorkingGroup;
import de.regiograph.strategy.Workshop;
import de.regiograph.strategy.WorkshopOutcome;
import de.regiograph.system.InvalidArgumentException;
import de.regiograph.taxonomy.Taxonomy;
import de.regiograph.taxonomy.TaxonomyKind;
import de.regiograph.taxonomy.TaxonomyTerm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.support.RetryExceptionPredicate;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files in the formats of {@code data/FORMATS.md}: the official reference data first, then
 * the records that refer to it. Each file is read and checked whole (formats, values, references
 * to keys in the database or the same file) before any of it is written; a file with a bad row is
 * rejected whole, and the import stops there, unless bad rows are to be skipped. Accepted rows are
 * written in batches, each its own transaction, so that an interrupted import leaves whole batches
 * and a second run completes it; rows that would change nothing are not written. While a file is
 * written, the next two are read and checked. The nodes of a type the database has none of yet are
 * created without comparing them first. Two batches are written at a time.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final Pattern YEAR_IN_NAME = Pattern.compile(".*_(\\d{4})\\.csv");
    private static final List<String> INDICATOR_KEYS = List.of("ags", "year");

    /**
     * Files read and checked ahead of the one written: a file that writes quickly (unchanged networks)
     * is not left waiting for the check of the next (a hundred thousand memberships).
     */
    private static final int CHECKED_AHEAD = 2;

    private static final RetryExceptionPredicate RETRYABLE = new RetryExceptionPredicate();

    /** How to import. */
    public record Options(boolean dryRun, boolean skipInvalid, int batchSize) {

        public static final Options DEFAULT = new Options(false, false, 5_000);
    }

    /** Where the files come from: a folder, the demo data on the classpath, an upload. */
    public interface Source {

        /** The names of the files the source has. */
        List<String> files();

        InputStream open(String file) throws IOException;
    }

    private final Map<String, ImportFormat<?>> formats = new LinkedHashMap<>();
    private final Nodes nodes;
    private final Neo4jClient client;
    private final TransactionTemplate transactions;

    Importer(
            Districts districts,
            Occupations occupations,
            Taxonomy taxonomy,
            Actors actors,
            Networks networks,
            GoodPractices practices,
            Links links,
            StrategyProcesses processes,
            Meetings meetings,
            Nodes nodes,
            Neo4jClient client,
            TransactionTemplate transactions) {
        this.nodes = nodes;
        this.client = client;
        this.transactions = transactions;
        var none = Map.<String, String>of();
        formats.put(
                "states",
                new ImportFormat<>(
                        exactly("states.csv"),
                        List.of("state_code", "name"),
                        Importer::state,
                        (s, a, r) -> {},
                        s -> References.provided(NodeType.STATE, s.code()),
                        (rows, a) -> districts.upsertStates(rows),
                        Map.of("code", "state_code")));
        formats.put(
                "districts",
                new ImportFormat<>(
                        exactly("districts.csv"),
                        List.of("ags", "name", "state_code", "type"),
                        Importer::district,
                        District::addReferences,
                        d -> References.provided(NodeType.DISTRICT, d.ags()),
                        districts::upsertDistricts,
                        none));
        formats.put(
                "occupations",
                new ImportFormat<>(
                        exactly("kldb2010_groups.csv"),
                        List.of("code", "name"),
                        Importer::occupation,
                        Occupation::addReferences,
                        o -> References.provided(NodeType.OCCUPATION, o.code()),
                        occupations::upsert,
                        none));
        formats.put(
                "borders",
                links(
                        exactly("district_adjacency.csv"),
                        List.of("ags_a", "ags_b"),
                        Importer::border,
                        links,
                        Map.of("from", "ags_a", "to", "ags_b")));
        formats.put(
                "indicator codebook",
                new ImportFormat<>(
                        exactly("district_indicators_inkar_codebook.csv"),
                        List.of("variable"),
                        Importer::indicator,
                        (i, a, r) -> {},
                        i -> null,
                        (rows, a) -> districts.upsertIndicators(rows),
                        Map.of("name", "variable")));
        formats.put(
                "indicators",
                new ImportFormat<>(
                        exactly("district_indicators_inkar.csv"),
                        INDICATOR_KEYS,
                        Importer::indicatorValues,
                        IndicatorValues::addReferences,
                        v -> null,
                        districts::upsertIndicatorValues,
                        none));
        formats.put(
                "commuting totals",
                new ImportFormat<>(
                        Pattern.compile("district_commuting_\\d{4}\\.csv"),
                        List.of("ags"),
                        Importer::indicatorValues,
                        IndicatorValues::addReferences,
                        v -> null,
                        districts::upsertIndicatorValues,
                        none));
        formats.put(
                "commuter flows",
                links(
                        Pattern.compile("commuter_flows_\\d{4}\\.csv"),
                        List.of("from_ags", "to_ags", "commuters"),
                        Importer::commuterFlow,
                        links,
                        Map.of("from", "from_ags", "to", "to_ags")));
        formats.put(
                "taxonomy",
                new ImportFormat<>(
                        exactly("taxonomy.csv"),
                        List.of("kind", "name"),
                        Importer::term,
                        (t, a, r) -> {},
                        t -> References.provided(t.kind().nodeType(), t.name()),
                        (rows, a) -> taxonomy.upsert(rows),
                        none));
        formats.put(
                "actors",
                new ImportFormat<>(
                        exactly("actors.csv"),
                        List.of("id", "name", "kind", "district_ags"),
                        Importer::actor,
                        Actor::addReferences,
                        a -> References.provided(NodeType.ACTOR, a.id()),
                        nodes(NodeType.ACTOR, actors::write),
                        none));
        formats.put(
                "networks",
                new ImportFormat<>(
                        exactly("networks.csv"),
                        List.of("id", "name"),
                        Importer::network,
                        Network::addReferences,
                        n -> References.provided(NodeType.NETWORK, n.id()),
                        nodes(NodeType.NETWORK, networks::write),
                        none));
        formats.put(
                "memberships",
                links(
                        exactly("memberships.csv"),
                        List.of("actor_id", "network_id", "role"),
                        Importer::membership,
                        links,
                        Map.of("from", "actor_id", "to", "network_id")));
        formats.put(
                "cooperations",
                links(
                        exactly("cooperations.csv"),
                        List.of("actor_id", "partner_id"),
                        Importer::cooperation,
                        links,
                        Map.of("from", "actor_id", "to", "partner_id")));
        formats.put(
                "good practices",
                new ImportFormat<>(
                        exactly("good_practices.csv"),
                        List.of("id", "title"),
                        Importer::practice,
                        GoodPractice::addReferences,
                        p -> References.provided(NodeType.GOOD_PRACTICE, p.id()),
                        nodes(NodeType.GOOD_PRACTICE, practices::write),
                        none));
        formats.put(
                "practice implementations",
                links(
                        exactly("practice_implementations.csv"),
                        List.of("practice_id", "ags"),
                        Importer::implementation,
                        links,
                        Map.of("from", "practice_id", "to", "ags")));
        formats.put(
                "practice actors",
                links(
                        exactly("practice_actors.csv"),
                        List.of("practice_id", "actor_id", "role"),
                        Importer::practiceActor,
                        links,
                        Map.of("from", "actor_id", "to", "practice_id")));
        formats.put(
                "shortages",
                links(
                        exactly("shortages.csv"),
                        List.of("ags", "occupation_code", "year", "severity"),
                        Importer::shortage,
                        links,
                        Map.of("from", "ags", "to", "occupation_code")));
        formats.put(
                "strategy processes",
                new ImportFormat<>(
                        exactly("strategy_processes.csv"),
                        List.of("id", "name", "districts"),
                        Importer::strategyProcess,
                        StrategyProcess::addReferences,
                        p -> References.provided(NodeType.STRATEGY_PROCESS, p.id()),
                        processes::upsertProcesses,
                        none));
        formats.put(
                "workshops",
                new ImportFormat<>(
                        exactly("workshops.csv"),
                        List.of("id", "process_id", "phase", "date"),
                        Importer::workshop,
                        Workshop::addReferences,
                        w -> References.provided(NodeType.WORKSHOP, w.id()),
                        processes::upsertWorkshops,
                        none));
        formats.put(
                "working groups",
                new ImportFormat<>(
                        exactly("working_groups.csv"),
                        List.of("id", "process_id", "name"),
                        Importer::workingGroup,
                        WorkingGroup::addReferences,
                        g -> References.provided(NodeType.WORKING_GROUP, g.id()),
                        processes::upsertWorkingGroups,
                        none));
        formats.put(
                "measures",
                new ImportFormat<>(
                        exactly("measures.csv"),
                        List.of("id", "process_id", "title"),
                        Importer::measure,
                        Measure::addReferences,
                        m -> References.provided(NodeType.MEASURE, m.id()),
                        processes::upsertMeasures,
                        none));
        formats.put(
                "workshop outcomes",
                new ImportFormat<>(
                        exactly("workshop_outcomes.csv"),
                        List.of("workshop_id", "measure_id"),
                        Importer::workshopOutcome,
                        WorkshopOutcome::addReferences,
                        o -> "outcome:" + o.workshopId() + ">" + o.measureId(),
                        processes::recordOutcomes,
                        none));
        formats.put(
                "meetings",
                new ImportFormat<>(
                        exactly("meetings.csv"),
                        List.of("id", "title", "date"),
                        Importer::meeting,
                        Meeting::addReferences,
                        m -> References.provided(NodeType.MEETING, m.id()),
                        meetings::upsert,
                        none));
    }

    /** Imports every known file of the source, in the order of their dependencies. */
    public ImportResult importAll(Source source, Options options) {
        var files = source.files();
        var unknown = files.stream().filter(f -> formatOf(f).isEmpty()).toList();
        var ordered = new ArrayList<String>();
        formats.values()
                .forEach(format ->
                        files.stream().filter(format::matches).sorted().forEach(ordered::add));
        return run(options, () -> {
            var results = new ArrayList<ImportResult.FileResult>();
            var problems = new ArrayList<ImportProblem>();
            var written = new Written(nodes::none);
            // the next files are read and checked, in order, while this one is written
            var checking = Executors.newSingleThreadExecutor(task -> {
                var thread = new Thread(task, "import-check");
                thread.setDaemon(true);
                return thread;
            });
            // two batches are written at a time, in the name of the caller (their audit stamps)
            var pool = Executors.newFixedThreadPool(2, task -> {
                var thread = new Thread(task, "import-write");
                thread.setDaemon(true);
                return thread;
            });
            var lanes = new DelegatingSecurityContextExecutor(pool);
            try {
                var checks = new ArrayDeque<Future<CheckedFile<?>>>();
                int submitted = 0;
                for (int i = 0; i < ordered.size(); i++) {
                    for (; submitted < ordered.size() && submitted <= i + CHECKED_AHEAD; submitted++) {
                        var file = ordered.get(submitted);
                        checks.add(checking.submit(() -> check(source, file, options, written)));
                    }
                    var checked = await(checks.remove());
                    problems.addAll(checked.problems());
                    if (checked.rejected()) {
                        results.add(checked.result(Changes.NONE, 0));
                        break;
                    }
                    results.add(write(checked, options, written, lanes));
                }
            } finally {
                checking.shutdownNow();
                pool.shutdownNow();
            }
            return new ImportResult(results, problems, unknown, options.dryRun());
        });
    }

    private static CheckedFile<?> await(Future<CheckedFile<?>> checked) {
        try {
            return checked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    private ImportResult run(Options options, Supplier<ImportResult> work) {
        if (!options.dryRun()) {
            return work.get();
        }
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    private Optional<ImportFormat<?>> formatOf(String file) {
        return formats.values().stream().filter(f -> f.matches(file)).findFirst();
    }

    /**
     * A file read and checked whole: the rows to write, the problems found, and whether the file is
     * rejected.
     */
    private record CheckedFile<T>(
            String file,
            ImportFormat<T> format,
            List<T> accepted,
            List<String> acceptedLines,
            List<ImportProblem> problems,
            boolean rejected,
            long rowsRead,
            long readNanos,
            long checkNanos) {

        ImportResult.FileResult result(Changes changes, long writeNanos) {
            long rejectedRows = rejected
                    ? rowsRead
                    : problems.stream().map(ImportProblem::line).distinct().count();
            double seconds = (readNanos + checkNanos + writeNanos) / 1e9;
            log.info(
                    "{}: {} rows, {} rejected, {} ({} s){}",
                    file,
                    rowsRead,
                    rejectedRows,
                    changes,
                    String.format(Locale.ROOT, "%.1f", seconds),
                    rejected ? ", REJECTED" : "");
            return new ImportResult.FileResult(file, rowsRead, rejectedRows, changes, seconds, rejected);
        }
    }

    private CheckedFile<?> check(Source source, String file, Options options, Written written) {
        return check(source, file, formatOf(file).orElseThrow(), options, written);
    }

    private <T> CheckedFile<T> check(
            Source source, String file, ImportFormat<T> format, Options options, Written written) {
        long started = System.nanoTime();
        var records = new ArrayList<T>();
        var lines = new ArrayList<String>();
        var bad = new HashSet<Integer>();
        var fileProblems = new ArrayList<ImportProblem>();
        var byKey = new HashMap<String, Long>();
        long[] rowsRead = {0};
        var yearInName = YEAR_IN_NAME.matcher(file);
        var fileYear = yearInName.matches() ? Integer.valueOf(yearInName.group(1)) : null;
        List<ImportProblem> fileErrors;
        try (var in = source.open(file)) {
            fileErrors = CsvFile.read(file, in, format.requiredColumns(), fileYear, row -> {
                rowsRead[0]++;
                try {
                    var record = format.read().apply(row);
                    if (record == null) {
                        return;
                    }
                    var key = format.defines().apply(record);
                    var earlier = key == null ? null : byKey.putIfAbsent(key, row.line());
                    if (earlier != null) {
                        throw row.problem(
                                null,
                                (record instanceof Link
                                                ? "the same relationship"
                                                : "the same key " + key.substring(key.indexOf(':') + 1))
                                        + " is already on line " + earlier);
                    }
                    records.add(record);
                    lines.add(row.where());
                } catch (ImportProblem problem) {
                    fileProblems.add(problem);
                } catch (InvalidArgumentException e) {
                    fileProblems.add(row.problem(format.column(field(e.argument())), reason(e)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        fileProblems.addAll(fileErrors);
        long read = System.nanoTime();
        if (fileErrors.isEmpty()) {
            fileProblems.addAll(missingReferences(file, format, records, lines, bad, written));
        }
        boolean rejected = !fileErrors.isEmpty() || (!fileProblems.isEmpty() && !options.skipInvalid());
        var accepted = new ArrayList<T>();
        var acceptedLines = new ArrayList<String>();
        var keys = new ArrayList<String>();
        for (int i = 0; i < records.size() && !rejected; i++) {
            if (!bad.contains(i)) {
                var record = records.get(i);
                accepted.add(record);
                acceptedLines.add(lines.get(i));
                var key = record instanceof Link ? null : format.defines().apply(record);
                if (key != null) {
                    keys.add(key); // node keys only: nothing refers to a relationship
                }
            }
        }
        // before the next file's check, which runs after this one on the same thread
        written.provided(keys);
        return new CheckedFile<>(
                file,
                format,
                accepted,
                acceptedLines,
                fileProblems,
                rejected,
                rowsRead[0],
                read - started,
                System.nanoTime() - read);
    }

    private <T> ImportResult.FileResult write(
            CheckedFile<T> checked, Options options, Written written, Executor lanes) {
        long started = System.nanoTime();
        var changes = write(
                checked.file(), checked.format(), checked.accepted(), checked.acceptedLines(), options, written, lanes);
        long writeNanos = System.nanoTime() - started;
        log.debug(
                "{}: read {} ms, references checked {} ms, written {} ms",
                checked.file(),
                checked.readNanos() / 1_000_000,
                checked.checkNanos() / 1_000_000,
                writeNanos / 1_000_000);
        return checked.result(changes, writeNanos);
    }

    /**
     * Problems for keys that name nothing in the database, the file or the files {@code written} before;
     * marks their rows bad.
     */
    private <T> List<ImportProblem> missingReferences(
            String file,
            ImportFormat<T> format,
            List<T> records,
            List<String> lines,
            java.util.Set<Integer> bad,
            Written written) {
        var provided = new HashSet<String>();
        records.forEach(r -> {
            var key = format.defines().apply(r);
            if (key != null) {
                provided.add(key);
            }
        });
        var problems = new ArrayList<ImportProblem>();
        var lineIndex = new HashMap<String, Integer>();
        for (int start = 0; start < records.size(); start += 20_000) {
            var references = new References();
            for (int i = start; i < Math.min(records.size(), start + 20_000); i++) {
                lineIndex.put(lines.get(i), i);
                format.references().add(records.get(i), lines.get(i), references);
            }
            for (var missing : references.missing(client, key -> provided.contains(key) || written.contains(key))) {
                var argument = missing.argument();
                int dot = argument.indexOf('.', argument.indexOf(" line "));
                int index = lineIndex.get(argument.substring(0, dot));
                bad.add(index);
                var where = lines.get(index);
                problems.add(new ImportProblem(
                        file,
                        Long.parseLong(where.substring(where.lastIndexOf(' ') + 1)),
                        format.column(argument.substring(dot + 1)),
                        "no " + missing.type().description() + " with key '" + missing.key() + "'"));
            }
        }
        return problems;
    }

    /**
     * Writes the records in batches, each its own transaction, and records in {@code written} what they
     * wrote. Two batches are written at a time, one on each of the {@code lanes} (the file in at least
     * two batches, so that both lanes have one), unless the import runs inside a transaction of its
     * caller (a dry run), which every batch must join: then one after the other. Batches that create
     * gain too: a first load of the M user data went from about the speed of a plain {@code MERGE} to
     * 1.5 times it, and no batch lost a deadlock there. A batch that loses one is written again, and
     * so is a batch that failed beside the one before it (see {@link #afterThoseBefore}). No batch is
     * larger than the batch size.
     */
    private <T> Changes write(
            String file,
            ImportFormat<T> format,
            List<T> records,
            List<String> lines,
            Options options,
            Written written,
            Executor lanes) {
        var progress = new Progress<>(file, format, records.size(), written);
        boolean together = !TransactionSynchronizationManager.isActualTransactionActive();
        int size =
                together ? Math.min(options.batchSize(), Math.max(1, (records.size() + 1) / 2)) : options.batchSize();
        var inFlight = new ArrayDeque<Runnable>();
        for (int start = 0; start < records.size(); start += size) {
            int from = start;
            var batch = records.subList(from, Math.min(records.size(), from + size));
            IntFunction<String> argument = i -> lines.get(from + i);
            if (!together) {
                progress.written(from, batch, writeBatch(format, batch, argument, written));
                continue;
            }
            var changes = CompletableFuture.supplyAsync(() -> writeBatch(format, batch, argument, written), lanes);
            inFlight.add(() -> progress.written(
                    from, batch, afterThoseBefore(changes, () -> writeBatch(format, batch, argument, written))));
            if (inFlight.size() == 2) {
                inFlight.remove().run();
            }
        }
        inFlight.forEach(Runnable::run);
        return progress.finished();
    }

    /**
     * One batch in a transaction of its own; again (up to three times) when Neo4j says that it may
     * succeed then (a lost deadlock: Spring Data Neo4j's own test of retryable failures).
     */
    private <T> Changes writeBatch(
            ImportFormat<T> format, List<T> batch, IntFunction<String> argument, Written written) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> format.write().write(batch, argument, written));
            } catch (RuntimeException e) {
                if (attempt == 3 || !RETRYABLE.test(e)) {
                    throw e;
                }
                log.debug("A batch is written again after: {}", e.getMessage());
            }
        }
    }

    /**
     * The changes of a batch written beside the one before it; when it failed, it is written once
     * more, now that the batches before it are written: a row may refer to a key that an earlier row
     * of the same file creates (an occupation's parent), which the batch beside it had not yet
     * committed.
     */
    private static Changes afterThoseBefore(CompletableFuture<Changes> changes, Supplier<Changes> again) {
        try {
            return changes.join();
        } catch (CompletionException e) {
            log.debug(
                    "A batch is written again after the batches before it: {}",
                    e.getCause().getMessage());
            return again.get();
        }
    }

    /** What the batches of a file wrote, recorded in their order, with a progress line every few seconds. */
    private static final class Progress<T> {

        private final String file;
        private final ImportFormat<T> format;
        private final int rows;
        private final Written written;
        private final Set<RelationshipType> types = EnumSet.noneOf(RelationshipType.class);
        private final long started = System.nanoTime();
        private long reported = started;
        private Changes changes = Changes.NONE;

        Progress(String file, ImportFormat<T> format, int rows, Written written) {
            this.file = file;
            this.format = format;
            this.rows = rows;
            this.written = written;
        }

        void written(int from, List<T> batch, Changes batchChanges) {
            changes = changes.plus(batchChanges);
            var keys = new ArrayList<String>();
            for (var record : batch) {
                var key = format.defines().apply(record);
                if (record instanceof Link link) {
                    types.add(link.type());
                } else if (key != null) {
                    keys.add(key);
                }
            }
            written.nodes(keys, batch.size(), batchChanges);
            long now = System.nanoTime();
            if (now - reported > 3_000_000_000L) {
                reported = now;
                long done = from + batch.size();
                log.info("{}: {} / {} rows ({} rows/s)", file, done, rows, Math.round(done / ((now - started) / 1e9)));
            }
        }

        Changes finished() {
            written.relationships(types);
            return changes;
        }
    }

    private static String field(String argument) {
        int dot = argument.indexOf('.', Math.max(0, argument.indexOf(" line ")));
        return dot < 0 ? "" : argument.substring(dot + 1);
    }

    private static String reason(InvalidArgumentException e) {
        return e.getMessage().substring(e.argument().length() + 2);
    }

    private static Pattern exactly(String file) {
        return Pattern.compile(Pattern.quote(file));
    }

    /**
     * Writes the batches of a node file, whose references were checked whole before the first batch:
     * created without comparing when the import knows its nodes are new ({@link
     * Written#isNew(NodeType)}), else compared.
     */
    private static <T> ImportFormat.Writer<T> nodes(NodeType type, NodeWriter<T> write) {
        return (batch, argument, written) ->
                write.write(batch, argument, written.isNew(type) ? NodeWrite.NEW : NodeWrite.CHECKED);
    }

    /** The write of a node type's repository ({@code Actors#write} …). */
    @FunctionalInterface
    private interface NodeWriter<T> {
        Changes write(List<T> batch, IntFunction<String> argument, NodeWrite write);
    }

    private static ImportFormat<Link> links(
            Pattern name, List<String> required, Function<Row, Link> read, Links links, Map<String, String> fields) {
        return new ImportFormat<>(
                name,
                required,
                read,
                Link::addReferences,
                Link::identity,
                (rows, argument, written) -> {
                    // The file's references were checked whole before the first batch. Links to nodes
                    // this import created are new: created without looking for them.
                    var found = new EnumMap<RelationshipType, List<Link>>(RelationshipType.class);
                    var created = new EnumMap<RelationshipType, List<Link>>(RelationshipType.class);
                    rows.forEach(link -> (written.isNew(link) ? created : found)
                            .computeIfAbsent(link.type(), t -> new ArrayList<>())
                            .add(link));
                    var changes = Changes.NONE;
                    for (var entry : created.entrySet()) {
                        changes = changes.plus(links.create(entry.getKey(), entry.getValue()));
                    }
                    for (var entry : found.entrySet()) {
                        changes = changes.plus(links.linkVerified(entry.getKey(), entry.getValue()));
                    }
                    return changes;
                },
                fields);
    }

    private static State state(Row r) {
        return new State(r.required("state_code"), r.required("name"), r.text("nuts1"));
    }

    private static District district(Row r) {
        var type = r.required("type");
        var districtType = switch (type.toLowerCase(Locale.GERMAN)) {
            case "kreisfreie stadt", "stadtkreis" -> DistrictType.KREISFREIE_STADT;
            case "landkreis", "kreis", "regionalverband" -> DistrictType.LANDKREIS;
            default -> throw r.problem("type", "expected 'kreisfreie Stadt' or 'Landkreis', got '" + type + "'");
        };
        return new District(
                        r.required("ags"),
                        r.required("name"),
                        r.text("name_official"),
                        r.required("state_code"),
                        districtType,
                        r.integer("bbsr_type"),
                        r.text("bbsr_type_name"),
                        r.integer("population"),
                        r.decimal("area_km2"),
                        r.decimal("lat"),
                        r.decimal("lon"),
                        !"no".equalsIgnoreCase(r.text("exists_2023")),
                        r.flag("illustrative"))
                .checked(r.where());
    }

    private static Occupation occupation(Row r) {
        var occupation = Occupation.of(r.where(), r.required("code"), r.required("name"), r.text("short_name"));
        var level = r.integer("level");
        if (level != null && level != occupation.level()) {
            throw r.problem(
                    "level", "code " + occupation.code() + " is on level " + occupation.level() + ", not " + level);
        }
        var parent = r.text("parent_code");
        if (!Objects.equals(parent, occupation.parentCode())) {
            throw r.problem("parent_code", "the parent of " + occupation.code() + " is " + occupation.parentCode());
        }
        return occupation;
    }

    /** A codebook row; the identifying variables (AGS, year) are no indicators and give null. */
    private static Indicator indicator(Row r) {
        var name = r.required("variable");
        if (name.equals("county_code") || INDICATOR_KEYS.contains(name)) {
            return null;
        }
        return new Indicator(
                        name,
                        r.text("label"),
                        r.text("unit"),
                        r.text("category"),
                        r.text("inkar_code"),
                        r.text("notes"))
                .checked(r.where());
    }

    /** Every column but the keys is a number, stored under the column's name; empty cells stay absent. */
    private static IndicatorValues indicatorValues(Row r) {
        var values = new TreeMap<String, Double>();
        for (var column : r.columns()) {
            if (!INDICATOR_KEYS.contains(column)) {
                var value = r.decimal(column);
                if (value != null) {
                    values.put(column, value);
                }
            }
        }
        return new IndicatorValues(r.required("ags"), r.year(), values).checked(r.where());
    }

    private static TaxonomyTerm term(Row r) {
        return new TaxonomyTerm(r.constant("kind", TaxonomyKind.class), r.required("name"), r.text("description"))
                .checked(r.where());
    }

    private static Actor actor(Row r) {
        return new Actor(
                        r.required("id"),
                        r.required("name"),
                        r.constant("kind", ActorKind.class),
                        r.required("district_ags"),
                        r.text("description"),
                        r.text("website"),
                        r.flag("illustrative"),
                        contacts(r))
                .checked(r.where());
    }

    /** Contact persons from the parallel lists {@code contact_name}, {@code contact_function}, … */
    private static List<ContactPerson> contacts(Row r) {
        var names = r.positions("contact_name");
        var columns = List.of("contact_function", "contact_email", "contact_phone");
        var values = new ArrayList<List<String>>();
        for (var column : columns) {
            var cells = r.positions(column);
            if (!cells.isEmpty() && cells.size() != names.size()) {
                throw r.problem(
                        column,
                        "expected " + names.size() + " values separated by |, one per contact_name, got "
                                + cells.size());
            }
            values.add(cells.isEmpty() ? java.util.Collections.nCopies(names.size(), null) : cells);
        }
        var contacts = new ArrayList<ContactPerson>();
        for (int i = 0; i < names.size(); i++) {
            contacts.add(new ContactPerson(
                    names.get(i),
                    values.get(0).get(i),
                    values.get(1).get(i),
                    values.get(2).get(i)));
        }
        return contacts;
    }

    private static Network network(Row r) {
        return new Network(
                        r.required("id"),
                        r.required("name"),
                        r.text("description"),
                        r.date("founded"),
                        r.flag("illustrative"),
                        0,
                        r.list("active_in"),
                        r.list("focus_occupations"),
                        r.list("focus_target_groups"),
                        r.list("focus_action_fields"))
                .checked(r.where());
    }

    private static GoodPractice practice(Row r) {
        return new GoodPractice(
                        r.required("id"),
                        r.required("title"),
                        r.text("description"),
                        r.constant("spatial_level", SpatialLevel.class),
                        r.constants("possible_carrier_kinds", ActorKind.class),
                        r.constants("possible_partner_kinds", ActorKind.class),
                        r.text("effects"),
                        r.text("source"),
                        r.date("started"),
                        r.flag("illustrative"),
                        r.list("strategies"),
                        r.list("target_groups"),
                        r.list("action_fields"),
                        r.list("project_types"),
                        r.list("occupations"),
                        null) // implementations come from their own file (see Written)
                .checked(r.where());
    }

    private static StrategyProcess strategyProcess(Row r) {
        return new StrategyProcess(
                        r.required("id"),
                        r.required("name"),
                        r.text("description"),
                        r.date("started"),
                        r.date("ended"),
                        r.flag("illustrative"),
                        r.list("districts"),
                        r.text("founded_network_id"))
                .checked(r.where());
    }

    private static Workshop workshop(Row r) {
        r.required("phase");
        return new Workshop(
                        r.required("id"),
                        r.required("process_id"),
                        r.integer("phase"),
                        r.date("date"),
                        r.text("place"),
                        r.text("notes"),
                        r.list("data_sources"),
                        r.text("lessons"),
                        r.list("participants"))
                .checked(r.where());
    }

    private static WorkingGroup workingGroup(Row r) {
        return new WorkingGroup(
                        r.required("id"),
                        r.required("process_id"),
                        r.required("name"),
                        r.text("rationale"),
                        r.date("since"),
                        r.date("until"),
                        r.text("lead_id"),
                        r.list("members"),
                        r.list("occupations"),
                        r.list("target_groups"))
                .checked(r.where());
    }

    private static Measure measure(Row r) {
        return new Measure(
                        r.required("id"),
                        r.required("process_id"),
                        r.text("working_group_id"),
                        r.required("title"),
                        r.text("description"),
                        r.text("owner_id"),
                        r.constant("status", MeasureStatus.class),
                        r.date("planned_start"),
                        r.date("planned_end"),
                        r.text("inspired_by_id"),
                        r.flag("illustrative"),
                        r.list("occupations"),
                        r.list("target_groups"))
                .checked(r.where());
    }

    private static WorkshopOutcome workshopOutcome(Row r) {
        return new WorkshopOutcome(
                        r.required("workshop_id"),
                        r.required("measure_id"),
                        r.constant("assessment", Assessment.class),
                        r.text("notes"))
                .checked(r.where());
    }

    private static Meeting meeting(Row r) {
        return new Meeting(
                        r.required("id"),
                        r.required("title"),
                        r.constant("kind", MeetingKind.class),
                        r.date("date"),
                        r.text("place"),
                        r.text("district_ags"),
                        r.text("organiser_id"),
                        r.text("topic"),
                        r.flag("illustrative"),
                        r.list("attendees"))
                .checked(r.where());
    }

    private static Link border(Row r) {
        return Link.of(r.where(), RelationshipType.BORDERS, r.required("ags_a"), r.required("ags_b"), Map.of());
    }

    private static Link commuterFlow(Row r) {
        var properties = new EnumMap<Property, Object>(Property.class);
        properties.put(Property.YEAR, r.year());
        properties.put(Property.COMMUTERS, r.integer("commuters"));
        properties.put(Property.COMMUTERS_FEMALE, r.integer("commuters_female"));
        properties.put(Property.COMMUTERS_MALE, r.integer("commuters_male"));
        return Link.of(
                r.where(), RelationshipType.COMMUTES_TO, r.required("from_ags"), r.required("to_ags"), properties);
    }

    private static Link membership(Row r) {
        var properties = new EnumMap<Property, Object>(Property.class);
        properties.put(Property.ROLE, r.constant("role", MembershipRole.class));
        properties.put(Property.SINCE, r.date("since"));
        properties.put(Property.UNTIL, r.date("until"));
        return Link.of(
                r.where(), RelationshipType.MEMBER_OF, r.required("actor_id"), r.required("network_id"), properties);
    }

    private static Link cooperation(Row r) {
        var properties = new EnumMap<Property, Object>(Property.class);
        properties.put(Property.SINCE, r.date("since"));
        properties.put(Property.TOPIC, r.text("topic"));
        return Link.of(
                r.where(),
                RelationshipType.COOPERATES_WITH,
                r.required("actor_id"),
                r.required("partner_id"),
                properties);
    }

    private static Link implementation(Row r) {
        var properties = new EnumMap<Property, Object>(Property.class);
        properties.put(Property.SINCE, r.date("since"));
        return Link.of(
                r.where(), RelationshipType.IMPLEMENTED_IN, r.required("practice_id"), r.required("ags"), properties);
    }

    private static Link practiceActor(Row r) {
        var role = r.required("role").toUpperCase(Locale.ROOT);
        var type = switch (role) {
            case "CARRIER" -> RelationshipType.CARRIES;
            case "PARTNER" -> RelationshipType.PARTNERS_IN;
            default -> throw r.problem("role", "expected CARRIER or PARTNER, got '" + role + "'");
        };
        return Link.of(r.where(), type, r.required("actor_id"), r.required("practice_id"), Map.of());
    }

    private static Link shortage(Row r) {
        var properties = new EnumMap<Property, Object>(Property.class);
        properties.put(Property.YEAR, r.integer("year"));
        properties.put(Property.SEVERITY, r.decimal("severity"));
        return Link.of(
                r.where(), RelationshipType.HAS_SHORTAGE, r.required("ags"), r.required("occupation_code"), properties);
    }
}
