package org.cobalt.milp.reference;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/** Registers the {@code cbc} reference solver. */
public final class CbcProvider implements SolverProvider {

    @Override
    public String id() {
        return "cbc";
    }

    @Override
    public String description() {
        return "COIN-OR CBC branch-and-cut MILP/LP solver through OR-Tools MPSolver";
    }

    @Override
    public Class<? extends Problem> problemType() {
        return MilpModel.class;
    }

    @Override
    public String version() {
        return ReferenceSolvers.cbc().version();
    }

    @Override
    public String unavailableReason() {
        return ReferenceSolvers.cbc().unavailableReason();
    }

    @Override
    public Solver<? extends Problem> create() {
        return ReferenceSolvers.cbc();
    }
}
