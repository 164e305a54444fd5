package org.cobalt.core.solver;

/** Outcome of a solve. */
public enum SolveStatus {
    /** A solution was found and proven optimal (within the solver's gap tolerances). */
    OPTIMAL,
    /** A solution was found but not proven optimal (a limit was hit, or the method is a heuristic). */
    FEASIBLE,
    /** The problem was proven to have no feasible solution. */
    INFEASIBLE,
    /** The objective was proven unbounded. */
    UNBOUNDED,
    /** Infeasible or unbounded, but the solver could not tell which. */
    INFEASIBLE_OR_UNBOUNDED,
    /** A limit (time, nodes, stop request) was hit before any solution was found. */
    LIMIT_REACHED,
    /** The solver failed (exception, crash, unsupported input); see the result's message. */
    ERROR;

    /** True when a result with this status carries a solution. */
    public boolean hasSolution() {
        return this == OPTIMAL || this == FEASIBLE;
    }
}
