package org.cobalt.bench.compare;

/**
 * One batch result line, as far as comparisons need it.
 *
 * @param problemId      instance identity (file and instance name), shared by every solver's run on it
 * @param instance       instance name
 * @param family         problem family id
 * @param solver         solver id
 * @param seed           seed of the run
 * @param status         status name (OPTIMAL, FEASIBLE, ...)
 * @param objective      reported objective, NaN when none
 * @param bound          reported bound, NaN when none
 * @param time           wall time in seconds
 * @param timeLimit      time limit in seconds, NaN when none
 * @param nodes          node count, -1 when not reported
 * @param verified       verifier verdict: TRUE, FALSE, or null when there was no solution
 * @param referenceMatch for OPTIMAL runs with a known optimum: whether they agree; else null
 * @param reference      known optimum or best known value, NaN when none
 * @param referenceKind  "optimal", "best-known", ... or null
 * @param maximize       true when the problem maximizes
 * @param incumbentTimes times of the incumbents found (seconds)
 * @param incumbentValues objective values of those incumbents
 */
public record Run(String problemId, String instance, String family, String solver, long seed, String status,
                  double objective, double bound, double time, double timeLimit, long nodes, Boolean verified,
                  Boolean referenceMatch, double reference, String referenceKind, boolean maximize,
                  double[] incumbentTimes, double[] incumbentValues) {

    /** True when the run proved optimality and nothing contradicts it (verifier, known optimum). */
    public boolean solved() {
        return "OPTIMAL".equals(status) && !Boolean.FALSE.equals(verified) && !Boolean.FALSE.equals(referenceMatch);
    }

    /** True when the run has a solution the verifier accepted. */
    public boolean hasVerifiedSolution() {
        return Boolean.TRUE.equals(verified) && !Double.isNaN(objective);
    }

    /**
     * Time counted for means: the run's own time when it proved optimality or ended with a verified
     * solution of its own accord (a heuristic that stops early); a failed run (error, limit without a
     * solution, rejected or contradicted answer) counts at the time limit, so failing fast earns nothing.
     */
    public double censoredTime() {
        boolean failed = !solved() && !("FEASIBLE".equals(status) && hasVerifiedSolution());
        if (!failed || Double.isNaN(timeLimit)) {
            return time;
        }
        return Math.max(time, timeLimit);
    }
}
