package org.cobalt.milp.presolve;

import org.cobalt.core.solver.SolveStatus;

/** What presolve decided about a model. */
public enum PresolveStatus {
    /** Nothing decided: solve the reduced model and map its solution back with the postsolve. */
    REDUCED,
    /** Every variable was fixed; the postsolve of the empty solution is an optimal solution. */
    OPTIMAL,
    /** Proven infeasible. */
    INFEASIBLE,
    /** Proven unbounded if feasible: some variable improves the objective without limit and breaks no row. */
    INFEASIBLE_OR_UNBOUNDED;

    /** The matching solve status, or null for {@link #REDUCED}. */
    public SolveStatus toSolveStatus() {
        return switch (this) {
            case REDUCED -> null;
            case OPTIMAL -> SolveStatus.OPTIMAL;
            case INFEASIBLE -> SolveStatus.INFEASIBLE;
            case INFEASIBLE_OR_UNBOUNDED -> SolveStatus.INFEASIBLE_OR_UNBOUNDED;
        };
    }

    /** True when presolve settled the model and no solver needs to run. */
    public boolean isDecided() {
        return this != REDUCED;
    }
}
