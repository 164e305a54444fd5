package org.cobalt.milp.presolve;

import java.util.Objects;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;

/**
 * The outcome of presolve. For {@link PresolveStatus#REDUCED} and {@link PresolveStatus#OPTIMAL} the
 * reduced model and the postsolve are set (an OPTIMAL reduced model has no variables, and its objective
 * constant is the optimal value); for the other statuses both are null and {@code message} says why.
 *
 * @param status   what presolve decided
 * @param reduced  the reduced model, or null
 * @param postsolve maps reduced solutions back to the original model, or null
 * @param stats    sizes, counts and time
 * @param message  the reason for a decided status, empty otherwise
 */
public record PresolveResult(PresolveStatus status, MilpModel reduced, Postsolve postsolve, PresolveStats stats,
                             String message) {

    public PresolveResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stats, "stats");
        message = message == null ? "" : message;
        boolean hasModel = status == PresolveStatus.REDUCED || status == PresolveStatus.OPTIMAL;
        if (hasModel && (reduced == null || postsolve == null)) {
            throw new IllegalArgumentException("status " + status + " needs a reduced model and a postsolve");
        }
    }

    /**
     * The optimal solution of the original model when presolve fixed every variable.
     *
     * @throws IllegalStateException unless the status is {@link PresolveStatus#OPTIMAL}
     */
    public MilpSolution solution() {
        if (status != PresolveStatus.OPTIMAL) {
            throw new IllegalStateException("presolve status is " + status + ", not OPTIMAL");
        }
        return postsolve.apply(new MilpSolution(new double[0]));
    }

    /** Maps a solution of the reduced model to the original model. */
    public MilpSolution postsolve(MilpSolution reducedSolution) {
        if (postsolve == null) {
            throw new IllegalStateException("presolve status " + status + " has no postsolve");
        }
        return postsolve.apply(reducedSolution);
    }
}
