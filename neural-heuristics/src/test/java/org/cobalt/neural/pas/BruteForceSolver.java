package org.cobalt.neural.pas;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.AbstractSolver;
import org.cobalt.core.solver.SolveContext;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.core.solver.SolveStatus;
import org.cobalt.core.verify.Verification;
import org.cobalt.core.verify.Verifiers;

/**
 * A test double: enumerates every 0/1 assignment of a pure-binary model (at most 20 variables), emits an
 * incumbent per improvement and a bound at the end, and counts its solves.
 */
public final class BruteForceSolver extends AbstractSolver<MilpModel> {

    public int solves;

    public BruteForceSolver() {
        super("brute", MilpModel.class);
    }

    @Override
    protected SolveResult doSolve(MilpModel model, SolveContext ctx) {
        solves++;
        int n = model.numVariables();
        if (n > 20) {
            throw new IllegalArgumentException("too many variables for brute force: " + n);
        }
        double[] best = null;
        double bestObj = Double.NaN;
        for (long mask = 0; mask < (1L << n); mask++) {
            if (ctx.shouldStop()) {
                break;
            }
            double[] x = new double[n];
            for (int j = 0; j < n; j++) {
                x[j] = (mask >>> j) & 1L;
            }
            Verification v = Verifiers.check(model, new MilpSolution(x));
            if (v.feasible() && (best == null || model.sense().isBetter(v.objective(), bestObj))) {
                best = x;
                bestObj = v.objective();
                ctx.newIncumbent(bestObj, "enumeration");
            }
        }
        if (best == null) {
            return ctx.result(SolveStatus.INFEASIBLE).build();
        }
        ctx.boundImproved(bestObj);
        return ctx.result(SolveStatus.OPTIMAL).objective(bestObj).bound(bestObj).solution(new MilpSolution(best)).build();
    }
}
