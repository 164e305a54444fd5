package org.cobalt.core.solver;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cobalt.core.solution.Solution;

/**
 * What a solve produced. Objective and bound are in the problem's own sense (a maximization
 * reports its maximum); either is {@code NaN} when unknown. The solution is null unless
 * {@link SolveStatus#hasSolution()}.
 *
 * @param solverId    id of the solver that produced it
 * @param problemName name of the instance
 * @param status      outcome
 * @param objective   objective value of {@code solution} as the solver computed it, or NaN
 * @param bound       proven bound on the optimum (dual bound), or NaN
 * @param solution    best solution found, or null
 * @param stats       effort
 * @param message     human-readable detail (error text, limit hit), may be empty
 */
public record SolveResult(String solverId, String problemName, SolveStatus status, double objective, double bound,
                          Solution solution, SolveStats stats, String message) {

    public SolveResult {
        Objects.requireNonNull(solverId, "solverId");
        Objects.requireNonNull(problemName, "problemName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stats, "stats");
        message = message == null ? "" : message;
        if (status.hasSolution() && solution == null) {
            throw new IllegalArgumentException("status " + status + " needs a solution");
        }
    }

    /** A result for a solve that failed before or while running. */
    public static SolveResult error(String solverId, String problemName, Duration elapsed, String message) {
        return new SolveResult(solverId, problemName, SolveStatus.ERROR, Double.NaN, Double.NaN, null,
                SolveStats.ofTime(elapsed), message);
    }

    public boolean hasSolution() {
        return solution != null;
    }

    /**
     * Relative gap {@code |objective - bound| / |objective|}: 0 when both agree (also when both are
     * 0), infinite when one side is unknown or the objective is 0 while the bound is not.
     */
    public double gap() {
        return relativeGap(objective, bound);
    }

    /** The relative gap between a primal and a dual value, as {@link #gap()} defines it. */
    public static double relativeGap(double primal, double dual) {
        if (Double.isNaN(primal) || Double.isNaN(dual) || Double.isInfinite(primal) || Double.isInfinite(dual)) {
            return Double.POSITIVE_INFINITY;
        }
        double diff = Math.abs(primal - dual);
        if (diff == 0.0) {
            return 0.0;
        }
        double scale = Math.abs(primal);
        return scale == 0.0 ? Double.POSITIVE_INFINITY : diff / scale;
    }

    /** Builder used by solver implementations (see {@link SolveContext#result(SolveStatus)}). */
    public static final class Builder {
        private final String solverId;
        private final String problemName;
        private final Duration wallTime;
        private SolveStatus status;
        private double objective = Double.NaN;
        private double bound = Double.NaN;
        private Solution solution;
        private long nodes = -1;
        private long lpIterations = -1;
        private final Map<String, Long> counters = new LinkedHashMap<>();
        private String message = "";

        public Builder(String solverId, String problemName, SolveStatus status, Duration wallTime) {
            this.solverId = solverId;
            this.problemName = problemName;
            this.status = status;
            this.wallTime = wallTime;
        }

        public Builder status(SolveStatus s) {
            this.status = s;
            return this;
        }

        public Builder objective(double v) {
            this.objective = v;
            return this;
        }

        public Builder bound(double v) {
            this.bound = v;
            return this;
        }

        public Builder solution(Solution s) {
            this.solution = s;
            return this;
        }

        public Builder nodes(long n) {
            this.nodes = n;
            return this;
        }

        public Builder lpIterations(long n) {
            this.lpIterations = n;
            return this;
        }

        public Builder counter(String name, long value) {
            counters.put(name, value);
            return this;
        }

        public Builder message(String m) {
            this.message = m;
            return this;
        }

        public SolveResult build() {
            return new SolveResult(solverId, problemName, status, objective, bound, solution,
                    new SolveStats(wallTime, nodes, lpIterations, counters), message);
        }
    }
}
