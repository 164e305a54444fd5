package org.cobalt.bench.compare;

import java.util.Map;

/**
 * One problem (instance and seed) with every solver's run on it.
 *
 * @param problemId identity shared by the runs
 * @param instance  instance name
 * @param seed      seed
 * @param reference reference value, or null
 * @param runs      solver id to run (absent when that solver has no run on it)
 */
public record ProblemRow(String problemId, String instance, long seed, ObjectiveReference reference, Map<String, Run> runs) {

    /** Primal gap in percent of a run's final verified solution, NaN when it has none or no reference exists. */
    public double gapPercent(Run run) {
        if (reference == null || run == null || !run.hasVerifiedSolution()) {
            return Double.NaN;
        }
        return 100.0 * Metrics.primalGap(run.objective(), reference.value());
    }

    /** Primal integral of a run against the reference, NaN without a reference. */
    public double primalIntegral(Run run) {
        if (reference == null || run == null) {
            return Double.NaN;
        }
        double[] t = run.incumbentTimes();
        double[] v = run.incumbentValues();
        if (t.length == 0 && run.hasVerifiedSolution()) {
            t = new double[] {run.time()};
            v = new double[] {run.objective()};
        }
        return Metrics.primalIntegral(t, v, reference.value(), run.time());
    }
}
