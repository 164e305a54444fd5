package org.cobalt.milp.lp;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.ParameterKey;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveOptions;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;

/**
 * The {@link DualSimplex} engine behind the common {@link org.cobalt.core.solver.Solver} SPI
 * (id {@value #ID}): solves LP models once, cold. {@link #unsupportedReason(Problem)} refuses
 * models with integer variables unless the options set {@link #RELAXATION}, in which case their LP
 * relaxation is solved (the solution then satisfies the rows and bounds but not integrality).
 */
public final class CobaltLpSolver extends AbstractSolver<MilpModel> {

    /** Solver id. */
    public static final String ID = "cobalt-lp";

    /** Solve the LP relaxation of models with integer variables instead of refusing them. */
    public static final ParameterKey<Boolean> RELAXATION = ParameterKey.ofBoolean(ID + ".relaxation", false);

    public CobaltLpSolver() {
        super(ID, MilpModel.class);
    }

    /** Why a solve of this model would be refused, or null when it runs. */
    private static String refusal(MilpModel model, boolean relaxation) {
        if (model.isLp() || relaxation) {
            return null;
        }
        return "model " + model.name() + " has " + model.numIntegerVariables() + " integer variables; " + ID
                + " solves LPs (set parameter " + RELAXATION.name() + "=true to solve the LP relaxation)";
    }

    @Override
    public String unsupportedReason(Problem problem) {
        String base = super.unsupportedReason(problem);
        return base != null ? base : refusal((MilpModel) problem, false);
    }

    @Override
    public String unsupportedReason(Problem problem, SolveOptions options) {
        String base = super.unsupportedReason(problem);
        if (base != null) {
            return base;
        }
        try {
            return refusal((MilpModel) problem, options.get(RELAXATION));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
        DualSimplex lp = new DualSimplex(model, LpSettings.DEFAULT.withSeed(ctx.options().seed()));
        lp.setIterationLimit(ctx.options().iterationLimit());
        lp.setTimeLimit(ctx.remainingSeconds());
        lp.setStopCheck(ctx::shouldStop);
        LpStatus status = lp.solve();
        String relaxed = model.isLp() ? "" : "LP relaxation: ";
        SolveResult.Builder b = switch (status) {
            case OPTIMAL -> {
                double objective = lp.objective();
                ctx.newIncumbent(objective, "simplex");
                ctx.boundImproved(objective);
                yield ctx.result(SolveStatus.OPTIMAL).objective(objective).bound(objective)
                        .solution(new MilpSolution(lp.primalValues())).message(relaxed + "optimal");
            }
            case INFEASIBLE -> ctx.result(SolveStatus.INFEASIBLE).message(relaxed + "infeasible (Farkas certificate found)");
            case UNBOUNDED -> ctx.result(SolveStatus.UNBOUNDED).message(relaxed + "unbounded (primal ray found)");
            case ITERATION_LIMIT, TIME_LIMIT, STOPPED, CUTOFF -> ctx.result(SolveStatus.LIMIT_REACHED)
                    .bound(lp.dualBound()).message(relaxed + status.name().toLowerCase(java.util.Locale.ROOT));
            case NUMERICAL_FAILURE, NOT_SOLVED -> ctx.result(SolveStatus.ERROR).message(relaxed + "numerical failure");
        };
        return b.lpIterations(lp.iterations()).build();
    }
}
