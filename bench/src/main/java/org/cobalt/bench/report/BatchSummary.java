package org.cobalt.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cobalt.core.solver.SolveStatus;

/**
 * Per-solver totals of a batch: how many jobs ended in each status, the shifted geometric mean
 * time, and how many results disagreed with a known reference or failed verification.
 *
 * <p>Time convention (as in the usual MIP benchmarks): a job that did not finish with a proof
 * (status other than OPTIMAL, INFEASIBLE, UNBOUNDED or INFEASIBLE_OR_UNBOUNDED) counts with its
 * time limit, or with its own time when it ran without one.
 */
public final class BatchSummary {

    /**
     * What the summary needs from one result line.
     *
     * @param solver         solver id
     * @param status         final status
     * @param time           wall time in seconds (NaN when unknown)
     * @param timeLimit      the time limit in seconds, or NaN for none
     * @param verified       verifier verdict, null when there was no solution
     * @param objectiveMatch reported objective equals the recomputed one, null without a solution
     * @param referenceMatch agrees with a known reference, null when there is nothing to compare
     */
    public record Outcome(String solver, SolveStatus status, double time, double timeLimit, Boolean verified,
                          Boolean objectiveMatch, Boolean referenceMatch) {

        public Outcome {
            Objects.requireNonNull(solver, "solver");
            Objects.requireNonNull(status, "status");
        }

        /** True when the solver finished with a proof (optimality, infeasibility or unboundedness). */
        public boolean solved() {
            return status == SolveStatus.OPTIMAL || status == SolveStatus.INFEASIBLE || status == SolveStatus.UNBOUNDED
                    || status == SolveStatus.INFEASIBLE_OR_UNBOUNDED;
        }

        /** The time this job contributes to the mean (see the class comment). */
        public double chargedTime() {
            double t = Double.isFinite(time) && time >= 0 ? time : 0.0;
            if (!solved() && Double.isFinite(timeLimit)) {
                return Math.max(t, timeLimit);
            }
            return t;
        }

        /** True when the verifier rejected the solution or the reported objective differs from the recomputed one. */
        public boolean verificationFailed() {
            return Boolean.FALSE.equals(verified) || Boolean.FALSE.equals(objectiveMatch);
        }

        /** True when the result contradicts a known reference. */
        public boolean referenceMismatch() {
            return Boolean.FALSE.equals(referenceMatch);
        }
    }

    /**
     * One solver's totals.
     *
     * @param solved  finished with a proof (optimal, infeasible, unbounded)
     * @param noSolution INFEASIBLE, UNBOUNDED or INFEASIBLE_OR_UNBOUNDED
     * @param sgmTime shifted geometric mean time (shift {@value ShiftedGeometricMean#TIME_SHIFT} s)
     */
    public record SolverRow(String solver, int jobs, int solved, int optimal, int feasible, int noSolution, int limit,
                            int error, double sgmTime, int referenceMismatches, int verificationFailures) {
    }

    private final List<SolverRow> rows;

    private BatchSummary(List<SolverRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Summarizes outcomes; rows follow {@code solverOrder}, then any other solver in order of first
     * appearance.
     */
    public static BatchSummary of(List<Outcome> outcomes, List<String> solverOrder) {
        Map<String, List<Outcome>> bySolver = new LinkedHashMap<>();
        for (String s : solverOrder) {
            bySolver.put(s, new ArrayList<>());
        }
        for (Outcome o : outcomes) {
            bySolver.computeIfAbsent(o.solver(), k -> new ArrayList<>()).add(o);
        }
        List<SolverRow> rows = new ArrayList<>();
        bySolver.forEach((solver, list) -> rows.add(row(solver, list)));
        return new BatchSummary(rows);
    }

    private static SolverRow row(String solver, List<Outcome> list) {
        int solved = 0;
        int optimal = 0;
        int feasible = 0;
        int noSolution = 0;
        int limit = 0;
        int error = 0;
        int mismatches = 0;
        int failures = 0;
        double[] times = new double[list.size()];
        for (int i = 0; i < list.size(); i++) {
            Outcome o = list.get(i);
            times[i] = o.chargedTime();
            if (o.solved()) {
                solved++;
            }
            switch (o.status()) {
                case OPTIMAL -> optimal++;
                case FEASIBLE -> feasible++;
                case INFEASIBLE, UNBOUNDED, INFEASIBLE_OR_UNBOUNDED -> noSolution++;
                case LIMIT_REACHED -> limit++;
                case ERROR -> error++;
            }
            if (o.referenceMismatch()) {
                mismatches++;
            }
            if (o.verificationFailed()) {
                failures++;
            }
        }
        return new SolverRow(solver, list.size(), solved, optimal, feasible, noSolution, limit, error,
                ShiftedGeometricMean.of(times, ShiftedGeometricMean.TIME_SHIFT), mismatches, failures);
    }

    public List<SolverRow> rows() {
        return rows;
    }

    /** True when some result contradicts a known reference or failed verification. */
    public boolean hasFailures() {
        return rows.stream().anyMatch(r -> r.referenceMismatches() > 0 || r.verificationFailures() > 0);
    }

    /** The summary as a text table. */
    public TextTable table() {
        TextTable t = new TextTable().left("solver").right("jobs").right("solved").right("optimal").right("feasible")
                .right("infeas/unbd").right("limit").right("error").right("sgm time (s)").right("ref mismatch")
                .right("verify fail");
        for (SolverRow r : rows) {
            t.row(r.solver(), Integer.toString(r.jobs()), Integer.toString(r.solved()), Integer.toString(r.optimal()),
                    Integer.toString(r.feasible()), Integer.toString(r.noSolution()), Integer.toString(r.limit()),
                    Integer.toString(r.error()), NumberFormats.seconds(r.sgmTime()), Integer.toString(r.referenceMismatches()),
                    Integer.toString(r.verificationFailures()));
        }
        return t;
    }
}
