package org.cobalt.milp.reference;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/** Registers the {@code glop} reference solver. */
public final class GlopProvider implements SolverProvider {

    @Override
    public String id() {
        return "glop";
    }

    @Override
    public String description() {
        return "GLOP simplex LP solver through OR-Tools MPSolver (MILPs as LP relaxation with glop.relax=true)";
    }

    @Override
    public Class<? extends Problem> problemType() {
        return MilpModel.class;
    }

    @Override
    public String version() {
        return ReferenceSolvers.glop().version();
    }

    @Override
    public String unavailableReason() {
        return ReferenceSolvers.glop().unavailableReason();
    }

    @Override
    public Solver<? extends Problem> create() {
        return ReferenceSolvers.glop();
    }
}
