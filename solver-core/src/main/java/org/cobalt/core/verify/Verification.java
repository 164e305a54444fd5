package org.cobalt.core.verify;

import java.util.List;

/**
 * The verdict of an independent check of a solution.
 *
 * @param feasible     true when every constraint holds within tolerance
 * @param objective    objective value recomputed from the solution (NaN when it cannot be computed)
 * @param maxViolation largest scaled violation seen (0 when feasible with no slack issues)
 * @param violations   human-readable descriptions of the first violations (at most {@value #MAX_LISTED})
 */
public record Verification(boolean feasible, double objective, double maxViolation, List<String> violations) {

    /** How many violations are listed at most. */
    public static final int MAX_LISTED = 10;

    public Verification {
        violations = List.copyOf(violations);
    }

    /** A feasible verdict. */
    public static Verification ok(double objective, double maxViolation) {
        return new Verification(true, objective, maxViolation, List.of());
    }

    /** An infeasible verdict with one reason. */
    public static Verification fail(String reason) {
        return new Verification(false, Double.NaN, Double.POSITIVE_INFINITY, List.of(reason));
    }

    /** One line: "feasible, objective 3089" or "INFEASIBLE: row c3 ...". */
    public String summary() {
        if (feasible) {
            return "feasible, objective " + objective;
        }
        return "INFEASIBLE: " + String.join("; ", violations);
    }

    /**
     * True when {@code reported} agrees with the recomputed objective within
     * {@code relTol * max(1, |objective|)}.
     */
    public boolean objectiveMatches(double reported, double relTol) {
        return Math.abs(reported - objective) <= relTol * Math.max(1.0, Math.abs(objective));
    }
}
