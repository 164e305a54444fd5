package org.cobalt.milp.bb.engine;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.milp.bb.spi.SubMipLimits;

/** How a search solves sub-MIPs for its heuristics (the solver passes a nested cobalt-bb). */
@FunctionalInterface
public interface SubMipSolver {

    /** Solves {@code model} within {@code limits} at nesting depth {@code depth} (1 for a first-level sub-MIP). */
    SolveResult solve(MilpModel model, SubMipLimits limits, int depth);
}
