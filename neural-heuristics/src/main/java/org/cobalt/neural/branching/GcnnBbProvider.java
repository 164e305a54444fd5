package org.cobalt.neural.branching;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/** Registers {@link GcnnBbSolver} as {@code cobalt-bb-gcnn}. */
public final class GcnnBbProvider implements SolverProvider {

    @Override
    public String id() {
        return GcnnBbSolver.ID;
    }

    @Override
    public String description() {
        return "cobalt-bb with the imitation-learned GCNN brancher (Gasse et al. 2019; falls back to reliability "
                + "pseudocost branching without a usable model)";
    }

    @Override
    public Class<? extends Problem> problemType() {
        return MilpModel.class;
    }

    @Override
    public Solver<? extends Problem> create() {
        return new GcnnBbSolver();
    }
}
