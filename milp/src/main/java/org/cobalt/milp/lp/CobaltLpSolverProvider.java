package org.cobalt.milp.lp;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/** Registers {@link CobaltLpSolver} as {@code cobalt-lp}. */
public final class CobaltLpSolverProvider implements SolverProvider {

    @Override
    public String id() {
        return CobaltLpSolver.ID;
    }

    @Override
    public String description() {
        return "cobalt's bounded dual simplex (LP models; LP relaxation on request)";
    }

    @Override
    public Class<? extends Problem> problemType() {
        return MilpModel.class;
    }

    @Override
    public Solver<? extends Problem> create() {
        return new CobaltLpSolver();
    }
}
