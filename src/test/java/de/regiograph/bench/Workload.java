package de.regiograph.bench;

import java.util.concurrent.Callable;

/**
 * One thing the suite measures: the application's way of doing it (candidate) against the best simple
 * alternative (baseline), on the same data in the same run. Adding a workload is writing one of these
 * and listing it in {@link Benchmarks#workloads}.
 *
 * @param name what is measured, as the table shows it
 * @param repetitions measured runs of each side, alternating
 * @param check what both sides' answers must agree on, checked once after the first warm-up round
 * @param rows rows a run of an import workload writes (the table's rows/s), 0 for reads
 */
record Workload(String name, Side candidate, Side baseline, int repetitions, Check check, long rows) {

    Workload(String name, Side candidate, Side baseline, int repetitions, Check check) {
        this(name, candidate, baseline, repetitions, check, 0);
    }

    /** A read whose candidate and baseline must answer the same JSON. */
    static Workload read(String name, int repetitions, Callable<Response> candidate, Callable<Response> baseline) {
        return new Workload(name, Side.of(candidate), Side.of(baseline), repetitions, Check.SAME_JSON);
    }

    /** A read whose answers differ in shape but must agree on what {@code check} compares. */
    static Workload read(
            String name, int repetitions, Callable<Response> candidate, Callable<Response> baseline, Check check) {
        return new Workload(name, Side.of(candidate), Side.of(baseline), repetitions, check);
    }

    /** Compares the candidate's answer with the baseline's; throws when they disagree. */
    @FunctionalInterface
    interface Check {

        /** Nothing to compare (the sides answer nothing, or the runner cannot judge it). */
        Check NONE = (candidate, baseline) -> {};

        /** The same JSON, as trees. */
        Check SAME_JSON = (candidate, baseline) -> {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            if (!json.readTree(candidate).equals(json.readTree(baseline))) {
                throw new IllegalStateException("candidate and baseline answer different JSON");
            }
        };

        void verify(String candidate, String baseline) throws Exception;
    }

    /**
     * One side of a workload.
     *
     * @param prepare unmeasured, before each measured request (e.g. emptying the database)
     * @param request what is timed
     */
    record Side(Runnable prepare, Callable<Response> request) {

        static Side of(Callable<Response> request) {
            return new Side(() -> {}, request);
        }
    }

    /**
     * What one measured run answered.
     *
     * @param json the answer, when both sides' answers are compared; else {@code null}
     * @param requests how many requests the run made (time per request = time / requests)
     */
    record Response(String json, int requests) {

        static Response of(String json) {
            return new Response(json, 1);
        }
    }
}
