package org.cobalt.milp.bb;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/** Registers {@link CobaltBbSolver} as {@code cobalt-bb}. */
public final class CobaltBbProvider implements SolverProvider {

    @Override
    public String id() {
        return CobaltBbSolver.ID;
    }

    @Override
    public String description() {
        return "cobalt's branch-and-bound MILP solver (pure Java: dual simplex LPs, presolve, cuts, heuristics, "
                + "reliability branching)";
    }

    @Override
    public Class<? extends Problem> problemType() {
        return MilpModel.class;
    }

    @Override
    public Solver<? extends Problem> create() {
        return new CobaltBbSolver();
    }
}
