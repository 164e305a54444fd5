package org.cobalt.milp.reference;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/** Registers the {@code scip} reference solver. */
public final class ScipProvider implements SolverProvider {

    @Override
    public String id() {
        return "scip";
    }

    @Override
    public String description() {
        return "SCIP branch-and-cut MILP/LP solver through OR-Tools MPSolver";
    }

    @Override
    public Class<? extends Problem> problemType() {
        return MilpModel.class;
    }

    @Override
    public String version() {
        return ReferenceSolvers.scip().version();
    }

    @Override
    public String unavailableReason() {
        return ReferenceSolvers.scip().unavailableReason();
    }

    @Override
    public Solver<? extends Problem> create() {
        return ReferenceSolvers.scip();
    }
}
