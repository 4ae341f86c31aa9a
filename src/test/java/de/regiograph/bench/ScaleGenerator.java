package de.regiograph.bench;

import de.regiograph.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes a synthetic but plausible graph of a {@link Scale} in the import formats of {@code
 * data/FORMATS.md}: the reference data (real districts of {@code ../shared/data}, filtered to a state,
 * or synthetic regions) and the user data over it. Deterministic: the same scale and seed give the
 * same bytes. Ties cluster regionally (most memberships and cooperations stay in a district or go to
 * a neighbour by the border graph) and degrees are heavy-tailed (a few hub actors, a few large
 * networks, one nationwide network of {@link Scale#largestNetwork()} members).
 */
final class ScaleGenerator {

    /** The files a scale was written to, and how many rows each user-data file has. */
    record Generated(Path reference, Path userData, Map<String, Long> rows) {

        long userRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private record Region(String ags, String stateCode, long population, int[] neighbours) {}

    private static final List<String> KINDS = List.of(
            "COMPANY",
            "MUNICIPALITY",
            "DISTRICT_ADMINISTRATION",
            "CHAMBER",
            "EMPLOYMENT_AGENCY",
            "JOBCENTER",
            "BUSINESS_DEVELOPMENT",
            "SCHOOL",
            "UNIVERSITY",
            "TRAINING_PROVIDER",
            "ASSOCIATION",
            "UNION",
            "WELFARE_ORGANISATION",
            "OTHER");
    /** Companies dominate; the public actors are few per district. */
    private static final double[] KIND_WEIGHTS = {40, 6, 1, 2, 1, 1, 2, 8, 1, 6, 12, 2, 6, 3};

    private static final List<String> ROLES = List.of("MEMBER", "PARTNER", "FUNDER", "ADVISOR");
    private static final double[] ROLE_WEIGHTS = {80, 10, 5, 5};
    private static final List<String> TOPICS = List.of(
            "Verbundausbildung",
            "Fachkräfteanwerbung im Ausland",
            "Berufsorientierung",
            "Rückkehrerberatung",
            "Willkommenskultur",
            "Teilqualifizierung",
            "Pendlermobilität");
    private static final List<String> SPATIAL_LEVELS = List.of("LOCAL", "REGIONAL", "SUPRA_REGIONAL");

    private final Path shared;
    private final Path taxonomy;

    /**
     * @param shared the real reference data ({@code ../shared/data})
     * @param taxonomy a taxonomy file whose terms the generated records use ({@code data/demo/taxonomy.csv})
     */
    ScaleGenerator(Path shared, Path taxonomy) {
        this.shared = shared;
        this.taxonomy = taxonomy;
    }

    /**
     * Writes the scale into the folder, or finds it there from an earlier run with the same seed (a
     * file of row counts is written last, so its presence means the files are complete).
     */
    Generated generate(Scale scale, long seed, Path folder) throws IOException {
        var counts = folder.resolve("rows-seed-" + seed + ".properties");
        var referenceFolder = folder.resolve("reference");
        var userFolder = folder.resolve("user-data");
        var real = scale.regions() instanceof Scale.RealDistricts r ? r : null;
        var reference = real != null && real.stateCode() == null ? shared : referenceFolder;
        if (Files.exists(counts)) {
            var properties = new Properties();
            try (var in = Files.newBufferedReader(counts)) {
                properties.load(in);
            }
            var rows = new TreeMap<String, Long>();
            properties.forEach((file, count) -> rows.put((String) file, Long.parseLong((String) count)));
            return new Generated(reference, userFolder, rows);
        }
        var random = new Random(seed);
        Files.createDirectories(referenceFolder);
        Files.createDirectories(userFolder);
        List<Region> regions;
        if (real != null && real.stateCode() == null) {
            regions = realRegions(code -> true);
        } else if (real != null) {
            regions = realRegions(real.stateCode()::equals);
            writeStateReference(referenceFolder, real.stateCode(), regions);
        } else {
            regions = syntheticRegions(((Scale.SyntheticRegions) scale.regions()).count(), random, referenceFolder);
        }
        var rows = new UserData(scale, regions, random, userFolder).write();
        var properties = new Properties();
        rows.forEach((file, count) -> properties.setProperty(file, count.toString()));
        try (var out = Files.newBufferedWriter(counts)) {
            properties.store(out, scale.name() + ", seed " + seed);
        }
        return new Generated(reference, userFolder, rows);
    }

    // ---- reference data --------------------------------------------------------------------------

    private List<Region> realRegions(Predicate<String> stateCode) {
        var districts = SharedData.read(shared.resolve("districts.csv")).stream()
                .filter(r -> stateCode.test(r.get("state_code")))
                .filter(r -> !"no".equalsIgnoreCase(r.get("exists_2023")))
                .toList();
        var index = new HashMap<String, Integer>();
        districts.forEach(d -> index.put(d.get("ags"), index.size()));
        var neighbours = new ArrayList<List<Integer>>();
        districts.forEach(d -> neighbours.add(new ArrayList<>()));
        for (var border : SharedData.read(shared.resolve("district_adjacency.csv"))) {
            var a = index.get(border.get("ags_a"));
            var b = index.get(border.get("ags_b"));
            if (a != null && b != null && !a.equals(b)) {
                neighbours.get(a).add(b);
                neighbours.get(b).add(a);
            }
        }
        var regions = new ArrayList<Region>();
        for (int i = 0; i < districts.size(); i++) {
            var d = districts.get(i);
            regions.add(new Region(
                    d.get("ags"),
                    d.get("state_code"),
                    Long.parseLong(d.get("population")),
                    neighbours.get(i).stream()
                            .distinct()
                            .mapToInt(Integer::intValue)
                            .toArray()));
        }
        return regions;
    }

    /** The real reference files, limited to the districts of one state. */
    private void writeStateReference(Path folder, String stateCode, List<Region> regions) throws IOException {
        Set<String> ags = regions.stream().map(Region::ags).collect(Collectors.toSet());
        copy("states.csv", folder, r -> stateCode.equals(r.get("state_code")));
        copy("districts.csv", folder, r -> ags.contains(r.get("ags")));
        copy("district_adjacency.csv", folder, r -> ags.contains(r.get("ags_a")) && ags.contains(r.get("ags_b")));
        copy("kldb2010_groups.csv", folder, r -> true);
        copy("district_indicators_inkar_codebook.csv", folder, r -> true);
        copy("district_indicators_inkar.csv", folder, r -> ags.contains(r.get("ags")));
        copy("district_commuting_2016.csv", folder, r -> ags.contains(r.get("ags")));
        copy("commuter_flows_2016.csv", folder, r -> ags.contains(r.get("from_ags")) && ags.contains(r.get("to_ags")));
    }

    private void copy(String file, Path folder, Predicate<CSVRecord> keep) throws IOException {
        try (var reader = Files.newBufferedReader(shared.resolve(file));
                var parser = header().parse(reader);
                var printer = new CSVPrinter(
                        Files.newBufferedWriter(folder.resolve(file)),
                        CSVFormat.RFC4180
                                .builder()
                                .setRecordSeparator('\n')
                                .setHeader(parser.getHeaderNames().toArray(String[]::new))
                                .get())) {
            for (var record : parser) {
                if (keep.test(record)) {
                    printer.printRecord((Object[]) record.values());
                }
            }
        }
    }

    /**
     * NUTS-3-like regions on a jittered grid of 40 columns, grouped into states of 5 × 5 cells; each
     * borders its grid neighbours and one diagonal neighbour, a planar graph of degree about 6 like
     * real district maps.
     */
    private List<Region> syntheticRegions(int count, Random random, Path folder) throws IOException {
        int columns = 40;
        var stateOf = new int[count];
        var ags = new String[count];
        var perState = new TreeMap<Integer, Integer>();
        var population = new long[count];
        for (int i = 0; i < count; i++) {
            int row = i / columns;
            int column = i % columns;
            stateOf[i] = 10 + (row / 5) * (columns / 5) + column / 5;
            int number = perState.merge(stateOf[i], 1, Integer::sum);
            ags[i] = String.format(Locale.ROOT, "%02d%03d", stateOf[i], number);
            population[i] = Math.round(Math.exp(12 + 0.8 * random.nextGaussian()));
        }
        var neighbours = new ArrayList<Set<Integer>>();
        for (int i = 0; i < count; i++) {
            neighbours.add(new TreeSet<>());
        }
        try (var borders =
                new CsvOut(folder.resolve("district_adjacency.csv"), "ags_a", "ags_b", "shared_border_km_vg5000")) {
            for (int i = 0; i < count; i++) {
                int column = i % columns;
                var candidates = new ArrayList<Integer>();
                if (column + 1 < columns) {
                    candidates.add(i + 1);
                }
                candidates.add(i + columns);
                candidates.add(random.nextBoolean() && column + 1 < columns ? i + columns + 1 : i + columns - 1);
                for (int j : candidates) {
                    if (j > i && j < count && (j != i + columns - 1 || column > 0)) {
                        neighbours.get(i).add(j);
                        neighbours.get(j).add(i);
                        borders.row(ags[i], ags[j], String.format(Locale.ROOT, "%.1f", 5 + 75 * random.nextDouble()));
                    }
                }
            }
        }
        try (var states = new CsvOut(folder.resolve("states.csv"), "state_code", "name", "nuts1")) {
            for (int state : perState.keySet()) {
                states.row(String.format(Locale.ROOT, "%02d", state), "Synthetische Region " + state, "X" + state);
            }
        }
        var regions = new ArrayList<Region>();
        try (var districts = new CsvOut(
                folder.resolve("districts.csv"),
                "ags",
                "name",
                "state_code",
                "type",
                "population",
                "area_km2",
                "lat",
                "lon",
                "illustrative")) {
            for (int i = 0; i < count; i++) {
                int row = i / columns;
                int column = i % columns;
                boolean city = population[i] > 400_000;
                districts.row(
                        ags[i],
                        "Region " + ags[i],
                        String.format(Locale.ROOT, "%02d", stateOf[i]),
                        city ? "kreisfreie Stadt" : "Landkreis",
                        population[i],
                        String.format(
                                Locale.ROOT,
                                "%.1f",
                                city ? 100 + 300 * random.nextDouble() : 500 + 2500 * random.nextDouble()),
                        String.format(Locale.ROOT, "%.5f", 36 + row * 0.7 + 0.3 * random.nextDouble()),
                        String.format(Locale.ROOT, "%.5f", -9 + column * 0.9 + 0.4 * random.nextDouble()),
                        "true");
                regions.add(new Region(
                        ags[i],
                        String.format(Locale.ROOT, "%02d", stateOf[i]),
                        population[i],
                        neighbours.get(i).stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        copy("kldb2010_groups.csv", folder, r -> true);
        return regions;
    }

    // ---- user data -------------------------------------------------------------------------------

    /** The generated records of one scale, written file by file from one stream of random numbers. */
    private final class UserData {

        private final Scale scale;
        private final List<Region> regions;
        private final Random random;
        private final Path folder;
        private final double[] populationShares;
        private final List<String> occupations;
        private final Map<String, List<String>> terms;
        private final Map<String, Long> rows = new LinkedHashMap<>();
        private int[] actorDistrict;
        private int[][] actorsOfDistrict;

        UserData(Scale scale, List<Region> regions, Random random, Path folder) {
            this.scale = scale;
            this.regions = regions;
            this.random = random;
            this.folder = folder;
            this.populationShares = cumulative(regions.stream()
                    .mapToDouble(r -> Math.max(1, r.population()))
                    .toArray());
            this.occupations = SharedData.read(shared.resolve("kldb2010_groups.csv")).stream()
                    .filter(r -> "3".equals(r.get("level")))
                    .map(r -> r.get("code"))
                    .toList();
            this.terms = new TreeMap<>();
            SharedData.read(taxonomy)
                    .forEach(r -> terms.computeIfAbsent(r.get("kind"), k -> new ArrayList<>())
                            .add(r.get("name")));
        }

        Map<String, Long> write() throws IOException {
            Files.copy(taxonomy, folder.resolve("taxonomy.csv"));
            rows.put("taxonomy.csv", (long) SharedData.read(taxonomy).size());
            actors();
            networksAndMemberships();
            cooperations();
            practices();
            shortages();
            return rows;
        }

        private void actors() {
            actorDistrict = new int[scale.actors()];
            var counts = new int[regions.size()];
            try (var out = new CsvOut(
                    folder.resolve("actors.csv"),
                    "id",
                    "name",
                    "kind",
                    "district_ags",
                    "description",
                    "illustrative")) {
                var kindShares = cumulative(KIND_WEIGHTS);
                for (int i = 0; i < scale.actors(); i++) {
                    // every district gets actors, the rest in proportion to population
                    int district = i < regions.size() ? i : pick(populationShares);
                    actorDistrict[i] = district;
                    counts[district]++;
                    out.row(
                            actorId(i),
                            "Akteur " + (i + 1),
                            KINDS.get(pick(kindShares)),
                            regions.get(district).ags(),
                            "Synthetischer Akteur für Benchmarks",
                            "true");
                }
                rows.put("actors.csv", out.rows());
            }
            actorsOfDistrict = new int[regions.size()][];
            for (int d = 0; d < regions.size(); d++) {
                actorsOfDistrict[d] = new int[counts[d]];
            }
            var filled = new int[regions.size()];
            for (int i = 0; i < actorDistrict.length; i++) {
                actorsOfDistrict[actorDistrict[i]][filled[actorDistrict[i]]++] = i;
            }
        }

        private void networksAndMemberships() {
            var roleShares = cumulative(ROLE_WEIGHTS);
            try (var networks = new CsvOut(
                            folder.resolve("networks.csv"),
                            "id",
                            "name",
                            "description",
                            "founded",
                            "active_in",
                            "focus_occupations",
                            "focus_target_groups",
                            "focus_action_fields",
                            "illustrative");
                    var memberships = new CsvOut(
                            folder.resolve("memberships.csv"), "actor_id", "network_id", "role", "since", "until")) {
                for (int n = 0; n < scale.networks(); n++) {
                    var founded = date(2000, 2023);
                    int home = pick(populationShares);
                    var activeIn = new ArrayList<Integer>();
                    int[] members;
                    if (n == 0) {
                        members = sample(Math.min(scale.largestNetwork(), scale.actors() / 2));
                    } else {
                        activeIn.add(home);
                        if (random.nextDouble() < 0.3) {
                            addNeighbours(activeIn, home, 1 + random.nextInt(2));
                        }
                        members = members(activeIn, home, (int)
                                Math.min(2_000, Math.round(pareto(scale.membersPerNetwork(), 1.8))));
                    }
                    networks.row(
                            networkId(n),
                            n == 0
                                    ? "Bundesnetzwerk Fachkräftesicherung"
                                    : "Netzwerk " + n + " " + regions.get(home).ags(),
                            n == 0 ? "Bundesweites Netzwerk" : "Synthetisches Netzwerk für Benchmarks",
                            founded,
                            join(activeIn.stream()
                                    .map(d -> regions.get(d).ags())
                                    .toList()),
                            join(choose(occupations, 1 + random.nextInt(4))),
                            join(choose(terms.get("TARGET_GROUP"), 1 + random.nextInt(2))),
                            join(choose(terms.get("ACTION_FIELD"), 1 + random.nextInt(2))),
                            "true");
                    for (int m = 0; m < members.length; m++) {
                        var since = founded.plusDays(random.nextInt(3_000));
                        memberships.row(
                                actorId(members[m]),
                                networkId(n),
                                m == 0 ? "COORDINATOR" : ROLES.get(pick(roleShares)),
                                since,
                                random.nextInt(20) == 0 ? since.plusDays(200 + random.nextInt(1_500)) : null);
                    }
                }
                rows.put("networks.csv", networks.rows());
                rows.put("memberships.csv", memberships.rows());
            }
        }

        /** Mostly actors of the districts the network is active in, some of neighbours, few from anywhere. */
        private int[] members(List<Integer> activeIn, int home, int size) {
            var chosen = new LinkedHashSet<Integer>();
            for (int attempt = 0; chosen.size() < size && attempt < 5 * size; attempt++) {
                double where = random.nextDouble();
                int district = where < 0.8
                        ? activeIn.get(random.nextInt(activeIn.size()))
                        : where < 0.95 ? neighbour(home) : pick(populationShares);
                chosen.add(hub(district));
            }
            return chosen.stream().mapToInt(Integer::intValue).toArray();
        }

        private void cooperations() {
            var pairs = new HashSet<Long>();
            try (var out = new CsvOut(folder.resolve("cooperations.csv"), "actor_id", "partner_id", "since", "topic")) {
                for (int a = 0; a < scale.actors(); a++) {
                    int wanted = (int) Math.min(100, pareto(scale.cooperationsPerActor() + 0.5, 2.0));
                    int home = actorDistrict[a];
                    for (int k = 0; k < wanted; k++) {
                        double where = random.nextDouble();
                        int district = where < 0.7 ? home : where < 0.95 ? neighbour(home) : pick(populationShares);
                        int b = hub(district);
                        long pair = (long) Math.min(a, b) * scale.actors() + Math.max(a, b);
                        if (b != a && pairs.add(pair)) {
                            out.row(
                                    actorId(a),
                                    actorId(b),
                                    date(2010, 2024),
                                    TOPICS.get(random.nextInt(TOPICS.size())));
                        }
                    }
                }
                rows.put("cooperations.csv", out.rows());
            }
        }

        private void practices() {
            try (var practices = new CsvOut(
                            folder.resolve("good_practices.csv"),
                            "id",
                            "title",
                            "description",
                            "strategies",
                            "target_groups",
                            "action_fields",
                            "project_types",
                            "spatial_level",
                            "possible_carrier_kinds",
                            "possible_partner_kinds",
                            "occupations",
                            "started",
                            "illustrative");
                    var implementations =
                            new CsvOut(folder.resolve("practice_implementations.csv"), "practice_id", "ags", "since");
                    var carriers =
                            new CsvOut(folder.resolve("practice_actors.csv"), "practice_id", "actor_id", "role")) {
                for (int p = 0; p < scale.practices(); p++) {
                    var id = String.format(Locale.ROOT, "bench-p-%06d", p);
                    var started = date(2008, 2024);
                    practices.row(
                            id,
                            "Praxisbeispiel " + (p + 1),
                            "Synthetisches Praxisbeispiel für Benchmarks",
                            join(choose(terms.get("STRATEGY"), 1 + random.nextInt(2))),
                            join(choose(terms.get("TARGET_GROUP"), 1 + random.nextInt(2))),
                            join(choose(terms.get("ACTION_FIELD"), 1 + random.nextInt(2))),
                            join(choose(terms.get("PROJECT_TYPE"), 1 + random.nextInt(2))),
                            SPATIAL_LEVELS.get(random.nextInt(SPATIAL_LEVELS.size())),
                            join(choose(KINDS, 1 + random.nextInt(2))),
                            join(choose(KINDS, 1 + random.nextInt(3))),
                            join(choose(occupations, random.nextInt(4))),
                            started,
                            "true");
                    var places = new ArrayList<Integer>();
                    int home = pick(populationShares);
                    places.add(home);
                    addNeighbours(places, home, random.nextInt(3));
                    for (int place : places) {
                        implementations.row(id, regions.get(place).ags(), started.plusDays(random.nextInt(1_000)));
                    }
                    var actors = new LinkedHashSet<Integer>();
                    int wanted = 1 + random.nextInt(4);
                    for (int attempt = 0; actors.size() < wanted && attempt < 20; attempt++) {
                        actors.add(hub(places.get(random.nextInt(places.size()))));
                    }
                    boolean first = true;
                    for (int actor : actors) {
                        carriers.row(id, actorId(actor), first || random.nextInt(5) == 0 ? "CARRIER" : "PARTNER");
                        first = false;
                    }
                }
                rows.put("good_practices.csv", practices.rows());
                rows.put("practice_implementations.csv", implementations.rows());
                rows.put("practice_actors.csv", carriers.rows());
            }
        }

        private void shortages() {
            try (var out = new CsvOut(folder.resolve("shortages.csv"), "ags", "occupation_code", "year", "severity")) {
                for (var region : regions) {
                    for (var code : choose(occupations, 3 + random.nextInt(10))) {
                        out.row(
                                region.ags(),
                                code,
                                2023,
                                String.format(Locale.ROOT, "%.1f", 1.0 + 2.0 * random.nextDouble()));
                    }
                }
                rows.put("shortages.csv", out.rows());
            }
        }

        // ---- random choices ----

        private int pick(double[] cumulative) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
            return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
        }

        /** An actor of the district, the first ones far more often: hubs. */
        private int hub(int district) {
            var actors = actorsOfDistrict[district];
            return actors[(int) (actors.length * Math.pow(random.nextDouble(), 3))];
        }

        private int neighbour(int district) {
            var neighbours = regions.get(district).neighbours();
            return neighbours.length == 0 ? district : neighbours[random.nextInt(neighbours.length)];
        }

        private void addNeighbours(List<Integer> districts, int home, int count) {
            for (int i = 0; i < count; i++) {
                int next = neighbour(home);
                if (!districts.contains(next)) {
                    districts.add(next);
                }
            }
        }

        /** Distinct values, the first ones of the list more often. */
        private List<String> choose(List<String> values, int count) {
            var chosen = new LinkedHashSet<String>();
            for (int attempt = 0; chosen.size() < Math.min(count, values.size()) && attempt < 10 * count; attempt++) {
                chosen.add(values.get((int) (values.size() * Math.pow(random.nextDouble(), 2))));
            }
            return List.copyOf(chosen);
        }

        /** Distinct actors drawn uniformly (a partial Fisher-Yates shuffle). */
        private int[] sample(int count) {
            var all = new int[scale.actors()];
            Arrays.setAll(all, i -> i);
            for (int i = 0; i < count; i++) {
                int j = i + random.nextInt(all.length - i);
                int swap = all[i];
                all[i] = all[j];
                all[j] = swap;
            }
            return Arrays.copyOf(all, count);
        }

        /** Pareto-distributed with the given mean: most values small, a few very large. */
        private double pareto(double mean, double alpha) {
            double minimum = mean * (alpha - 1) / alpha;
            return minimum / Math.pow(1 - random.nextDouble(), 1 / alpha);
        }

        private LocalDate date(int fromYear, int toYear) {
            return LocalDate.of(
                    fromYear + random.nextInt(toYear - fromYear), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
    }

    /** Like {@code String.format("bench-a-%07d", i)}, which is too slow for the 20 million ids of L. */
    private static String actorId(int i) {
        var digits = Integer.toString(i);
        return "bench-a-" + "0000000".substring(Math.min(7, digits.length())) + digits;
    }

    static String networkId(int i) {
        return String.format(Locale.ROOT, "bench-n-%05d", i);
    }

    private static String join(List<String> values) {
        return String.join("|", values);
    }

    private static double[] cumulative(double[] weights) {
        var sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static CSVFormat header() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }
}
