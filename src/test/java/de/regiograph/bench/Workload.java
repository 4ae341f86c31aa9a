package de.regiograph.bench;

import java.util.concurrent.Callable;

/**
 * One thing the suite measures: the application's way of doing it (candidate) against the best simple
 * alternative (baseline), on the same data in the same run. Adding a workload is writing one of these
 * and listing it in {@link Benchmarks#workloads}.
 *
 * @param name what is measured, as the table shows it
 * @param repetitions measured runs of each side, alternating
 * @param sameJson whether both sides answer the same JSON, checked once after the warm-up
 */
record Workload(String name, Side candidate, Side baseline, int repetitions, boolean sameJson) {

    /** A read whose candidate and baseline must answer the same JSON. */
    static Workload read(String name, int repetitions, Callable<Response> candidate, Callable<Response> baseline) {
        return new Workload(name, Side.of(candidate), Side.of(baseline), repetitions, true);
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
