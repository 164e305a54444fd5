package org.cobalt.milp.reference;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.verify.Tolerances;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;

/**
 * Cleans a backend's solution and checks it with the independent verifier before it is returned:
 * integer variables within {@link ModelChecks#EPS} of an integer are snapped to it (backends return
 * values such as 0.9999999999997), then bounds, rows, integrality and the reported objective are
 * checked. A backend's solution is never trusted unchecked.
 */
final class SolutionCheck {

    /** Relative tolerance for the reported objective against the recomputed one. */
    static final double OBJECTIVE_TOLERANCE = 1e-6;

    /** Tolerances for a relaxation: rows and bounds as usual, integrality ignored. */
    private static final Tolerances RELAXED = new Tolerances(Tolerances.DEFAULT.feasibility(), Double.MAX_VALUE);

    private SolutionCheck() {
    }

    /**
     * The verdict on one solution.
     *
     * @param solution the cleaned solution
     * @param failure  null when the solution is feasible and its objective matches; otherwise why not
     */
    record Checked(MilpSolution solution, String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    /**
     * Checks values against the model.
     *
     * @param reportedObjective the backend's objective, or NaN to skip the objective comparison
     *                          (feasibility solves)
     * @param relaxed           check integrality too (false), or only rows and bounds (true)
     */
    static Checked check(MilpModel model, double[] values, double reportedObjective, boolean relaxed) {
        if (values == null || values.length != model.numVariables()) {
            return new Checked(null, "backend returned " + (values == null ? "no" : values.length)
                    + " values for " + model.numVariables() + " variables");
        }
        double[] x = values.clone();
        if (!relaxed) {
            for (int j = 0; j < x.length; j++) {
                if (model.isIntegral(j)) {
                    double r = Math.rint(x[j]);
                    if (Math.abs(x[j] - r) <= ModelChecks.EPS) {
                        x[j] = r == 0.0 ? 0.0 : r;
                    }
                }
            }
        }
        MilpSolution solution = new MilpSolution(x);
        Verification v = Verifiers.check(model, solution, relaxed ? RELAXED : Tolerances.DEFAULT);
        if (!v.feasible()) {
            return new Checked(solution, "its solution fails verification: " + v.summary());
        }
        if (!Double.isNaN(reportedObjective) && !v.objectiveMatches(reportedObjective, OBJECTIVE_TOLERANCE)) {
            return new Checked(solution, "it reported objective " + reportedObjective
                    + " but its solution's objective is " + v.objective());
        }
        return new Checked(solution, null);
    }
}
