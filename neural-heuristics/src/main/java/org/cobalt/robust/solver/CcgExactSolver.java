package org.cobalt.robust.solver;

import org.cobalt.core.problem.Problem;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.robust.Deadline;
import org.cobalt.robust.exact.CcgResult;
import org.cobalt.robust.exact.ColumnConstraintGeneration;
import org.cobalt.robust.model.RobustModels;
import org.cobalt.robust.model.TwoStageModel;

/**
 * {@code ccg-exact}: column-and-constraint generation with the true second-stage MILP
 * ({@link ColumnConstraintGeneration}). Objective and bound are in the problem's sense (worst-case
 * profit or revenue, maximised); the objective is the exact worst case of the returned decision.
 * Parameters: {@code ccg-exact.gap} (relative gap, default 1e-7), {@code ccg-exact.milp},
 * {@code ccg-exact.lp} (engines, default scip / glop).
 */
public final class CcgExactSolver extends AbstractSolver<Problem> {

    public static final String ID = "ccg-exact";
    public static final ParameterKey<Double> GAP = ParameterKey.ofDouble(ID + ".gap", 1e-7);

    public CcgExactSolver() {
        super(ID, Problem.class);
    }

    @Override
    public String unsupportedReason(Problem problem) {
        return RobustSolverSupport.unsupported(ID, problem);
    }

    @Override
    protected SolveResult doSolve(Problem problem, SolveContext ctx) {
        TwoStageModel model = RobustModels.of(problem, RobustSolverSupport.engines(ID, ctx));
        double gap = Math.max(ctx.options().relativeGap(), ctx.options().get(GAP));
        CcgResult r = new ColumnConstraintGeneration(RobustSolverSupport.engines(ID, ctx), gap)
                .solve(model, Deadline.of(ctx), (it, lower, upper, improved) -> {
                    if (improved) {
                        ctx.newIncumbent(model.objective(upper), ID);
                    }
                    ctx.boundImproved(model.objective(lower));
                    ctx.progress(it, -1, model.objective(upper), model.objective(lower));
                });
        if (!r.hasDecision()) {
            return ctx.result(SolveStatus.LIMIT_REACHED).counter("iterations", r.iterations()).message(r.message()).build();
        }
        return ctx.result(r.optimal() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .objective(model.objective(r.cost()))
                .bound(Double.isFinite(r.lowerBound()) ? model.objective(r.lowerBound()) : Double.NaN)
                .solution(model.toSolution(r.decision()))
                .counter("iterations", r.iterations())
                .counter("scenarios", r.scenarios().size())
                .message(r.message())
                .build();
    }
}
