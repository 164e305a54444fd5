package org.cobalt.milp.lp;

/** Outcome of an {@link LpSolver#solve()}. */
public enum LpStatus {
    /** No solve has run since the model or the bounds changed. */
    NOT_SOLVED,
    /** Primal and dual feasible within the tolerances: the basis is optimal. */
    OPTIMAL,
    /** No feasible point; {@link LpSolver#farkasCertificate()} proves it. */
    INFEASIBLE,
    /** Feasible and unbounded; {@link LpSolver#primalRay()} gives an improving ray. */
    UNBOUNDED,
    /** The dual simplex proved the optimum worse than the objective cutoff and stopped. */
    CUTOFF,
    /** The iteration limit was reached. */
    ITERATION_LIMIT,
    /** The time limit was reached. */
    TIME_LIMIT,
    /** The stop check asked to stop. */
    STOPPED,
    /** The factorization or the pivoting broke down even after refactoring and recovery. */
    NUMERICAL_FAILURE;

    /** True for the statuses that end a solve before an answer (limits and stops). */
    public boolean isLimit() {
        return this == ITERATION_LIMIT || this == TIME_LIMIT || this == STOPPED;
    }
}
