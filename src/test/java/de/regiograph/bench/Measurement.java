package de.regiograph.bench;

import java.util.List;

/**
 * The measured runs of one side of a workload: seconds per request of each run, requests and Cypher
 * statements of all runs together.
 */
record Measurement(List<Double> secondsPerRequest, long requests, double seconds, double statements) {

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double min() {
        return percentile(0);
    }

    double max() {
        return percentile(100);
    }

    double requestsPerSecond() {
        return requests / seconds;
    }

    double statementsPerRequest() {
        return statements / requests;
    }

    /** Nearest rank: a value that was measured, never an interpolation. */
    private double percentile(int p) {
        var sorted = secondsPerRequest.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
