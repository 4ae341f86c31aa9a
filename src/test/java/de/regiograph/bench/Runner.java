package de.regiograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Runs workloads: a warm-up of both sides (rounds until the warm-up time is spent, at least one), one
 * check that both answer the same JSON, then the
 * measured runs alternating candidate and baseline (the order swapped every repetition, so that a
 * slow phase of the shared machine does not fall on one side only).
 */
final class Runner {

    /**
     * The outcome of one workload; {@code resultBytes} is the size of the candidate's answer,
     * {@code repetitions} how many measured runs each side had.
     */
    record Result(Workload workload, Measurement candidate, Measurement baseline, long resultBytes, int repetitions) {

        /** Candidate time per request ÷ baseline time per request (medians): below 1 the candidate is quicker. */
        double ratio() {
            return candidate.p50() / baseline.p50();
        }
    }

    private static final int MINIMUM_REPETITIONS = 3;

    private final DoubleSupplier statements;
    private final double warmupSeconds;
    private final double budgetSeconds;

    /**
     * @param statements the application's count of Cypher statements sent so far
     * @param warmupSeconds unmeasured time of both sides before measuring: the server answers thousands
     *     of requests, so what counts is its speed once the JIT has compiled the paths a request takes
     * @param budgetSeconds measured time after which a workload stops repeating, once it has had
     *     three repetitions: large scales stay affordable without a setting per workload
     */
    Runner(DoubleSupplier statements, double warmupSeconds, double budgetSeconds) {
        this.statements = statements;
        this.warmupSeconds = warmupSeconds;
        this.budgetSeconds = budgetSeconds;
    }

    Result run(Workload workload) throws Exception {
        System.out.printf("%n== %s: warm-up%n", workload.name());
        Workload.Response answer = null;
        double warming = 0;
        int rounds = 0;
        for (; rounds == 0 || warming < warmupSeconds; rounds++) {
            var candidate = answered(workload.candidate());
            var baseline = answered(workload.baseline());
            answer = candidate.response();
            warming += candidate.run().seconds() + baseline.run().seconds();
            if (rounds == 0) {
                try {
                    workload.check().verify(answer.json(), baseline.response().json());
                } catch (Exception e) {
                    throw new IllegalStateException(workload.name() + ": " + e.getMessage(), e);
                }
            }
        }
        System.out.printf("   warm-up: %d rounds of both sides, %.1f s%n", rounds, warming);
        long bytes = answer.json() == null ? 0 : answer.json().length();
        var candidate = new ArrayList<Run>();
        var baseline = new ArrayList<Run>();
        double measured = 0;
        int i = 0;
        for (; i < workload.repetitions(); i++) {
            if (i >= MINIMUM_REPETITIONS && measured > budgetSeconds) {
                System.out.printf("   time budget of %.0f s spent after %d repetitions%n", budgetSeconds, i);
                break;
            }
            if (i % 2 == 0) {
                candidate.add(once(workload.candidate()));
                baseline.add(once(workload.baseline()));
            } else {
                baseline.add(once(workload.baseline()));
                candidate.add(once(workload.candidate()));
            }
            System.out.printf(
                    "   %d/%d candidate %.4f s, baseline %.4f s%n",
                    i + 1,
                    workload.repetitions(),
                    candidate.get(i).seconds(),
                    baseline.get(i).seconds());
            measured += candidate.get(i).seconds() + baseline.get(i).seconds();
        }
        return new Result(workload, measurement(candidate), measurement(baseline), bytes, i);
    }

    /**
     * One measured run: its time, requests and statements, not its answer (the answers of a
     * landscape's 200 runs would keep 100 MB alive in the heap the application shares).
     */
    private record Run(int requests, double seconds, double statements) {}

    private record Answered(Workload.Response response, Run run) {}

    private Run once(Workload.Side side) throws Exception {
        return answered(side).run();
    }

    private Answered answered(Workload.Side side) throws Exception {
        side.prepare().run();
        double statementsBefore = statements.getAsDouble();
        long started = System.nanoTime();
        var response = side.request().call();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Answered(
                response, new Run(response.requests(), seconds, statements.getAsDouble() - statementsBefore));
    }

    private static Measurement measurement(List<Run> runs) {
        return new Measurement(
                runs.stream().map(r -> r.seconds() / r.requests()).toList(),
                runs.stream().mapToLong(Run::requests).sum(),
                runs.stream().mapToDouble(Run::seconds).sum(),
                runs.stream().mapToDouble(Run::statements).sum());
    }
}
