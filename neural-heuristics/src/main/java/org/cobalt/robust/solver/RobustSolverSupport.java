package org.cobalt.robust.solver;

import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.robust.milp.MilpSolve;
import org.cobalt.robust.model.RobustModels;

/** Shared pieces of the robust solvers: engine choice and the supported problems. */
final class RobustSolverSupport {

    private RobustSolverSupport() {
    }

    static String unsupported(String id, Problem problem) {
        return RobustModels.supports(problem) ? null
                : id + " solves two-stage robust problems (robust knapsack, capital budgeting), not "
                + problem.getClass().getSimpleName();
    }

    /** MILP and LP engines from {@code <id>.milp} / {@code <id>.lp} (default scip / glop) and the thread count. */
    static MilpSolve engines(String id, SolveContext ctx) {
        SolveOptions o = ctx.options();
        String milp = o.get(ParameterKey.ofString(id + ".milp", "scip"));
        String lp = o.get(ParameterKey.ofString(id + ".lp", "glop"));
        return new MilpSolve(milp, lp, o.threads());
    }
}
