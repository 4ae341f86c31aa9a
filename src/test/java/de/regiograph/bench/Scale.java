package de.regiograph.bench;

import java.util.Locale;

/**
 * The size of a generated graph. Counts are targets: memberships and cooperations follow
 * heavy-tailed distributions with the given means, so the files say the exact numbers.
 *
 * @param regions the districts the graph lives in: real ones of one state or of Germany, or
 *     synthetic NUTS-3-like regions
 * @param largestNetwork members of the one nationwide network (workload 2 reads it whole)
 */
record Scale(
        String name,
        Regions regions,
        int actors,
        int networks,
        int practices,
        double membersPerNetwork,
        double cooperationsPerActor,
        int largestNetwork) {

    /** Where the districts come from. */
    sealed interface Regions {}

    /** The real districts of {@code ../shared/data}, all or those of one state ({@code null}: all). */
    record RealDistricts(String stateCode) implements Regions {}

    /** Synthetic regions on a jittered grid, bordering their grid neighbours. */
    record SyntheticRegions(int count) implements Regions {}

    /** Hessen: 26 real districts. */
    static final Scale S = new Scale("S", new RealDistricts("06"), 2_000, 150, 300, 12, 2, 1_000);

    /** Germany: 400 real districts with their real borders and indicators. */
    static final Scale M = new Scale("M", new RealDistricts(null), 100_000, 5_000, 5_000, 25, 1.5, 10_000);

    /** EU-scale projection: about 10 million relationships over 1,165 synthetic regions. */
    static final Scale L = new Scale("L", new SyntheticRegions(1_165), 1_000_000, 50_000, 50_000, 60, 5, 10_000);

    static Scale named(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "S" -> S;
            case "M" -> M;
            case "L" -> L;
            default -> throw new IllegalArgumentException("bench.scale: expected S, M or L, got '" + name + "'");
        };
    }
}
