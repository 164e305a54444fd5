package org.cobalt.milp.reference;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.Solver;
import org.cobalt.core.solver.SolverProvider;

/** Registers the {@code ojalgo} reference solver. */
public final class OjAlgoProvider implements SolverProvider {

    @Override
    public String id() {
        return "ojalgo";
    }

    @Override
    public String description() {
        return "ojAlgo pure-Java simplex and branch-and-bound (ExpressionsBasedModel)";
    }

    @Override
    public Class<? extends Problem> problemType() {
        return MilpModel.class;
    }

    @Override
    public String version() {
        return ReferenceSolvers.ojalgo().version();
    }

    @Override
    public String unavailableReason() {
        return ReferenceSolvers.ojalgo().unavailableReason();
    }

    @Override
    public Solver<? extends Problem> create() {
        return ReferenceSolvers.ojalgo();
    }
}
