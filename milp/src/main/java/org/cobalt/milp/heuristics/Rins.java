package org.cobalt.milp.heuristics;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.solution.MilpSolution;
import org.cobalt.core.solver.SolveResult;
import org.cobalt.milp.bb.spi.HeuristicContext;
import org.cobalt.milp.bb.spi.HeuristicTiming;
import org.cobalt.milp.bb.spi.PrimalHeuristic;
import org.cobalt.milp.bb.spi.SubMipLimits;

/**
 * Relaxation induced neighbourhood search (Danna, Rothberg &amp; Le Pape 2005): every integral column on
 * which the incumbent and the node's LP solution agree is fixed to that value, and the remaining
 * sub-MIP is solved with cobalt-bb itself ({@link HeuristicContext#solveSubMip}) under a node and
 * time budget, with the incumbent as cutoff; an improving solution is submitted.
 *
 * <p>Runs when at least 30% of the integral columns can be fixed (SCIP's {@code minfixingrate}),
 * only when the incumbent changed since the last call or the node LP differs, at the root (when an
 * incumbent exists) and every 50th node. The node budget starts at 500 and grows by 50% after a
 * call that found nothing better, up to 5000; the time budget is 10% of the remaining time, at most
 * 30 s.
 */
public final class Rins implements PrimalHeuristic {

    private static final double MIN_FIXING_RATE = 0.3;
    private static final long MIN_NODES = 500;
    private static final long MAX_NODES = 5000;
    private static final double TIME_SHARE = 0.1;
    private static final double MAX_SECONDS = 30;

    private long nodeBudget = MIN_NODES;
    private double lastIncumbent = Double.NaN;
    private int lastFixed = -1;
    private ModelData data;

    @Override
    public String name() {
        return "rins";
    }

    @Override
    public HeuristicTiming timing() {
        return new HeuristicTiming(true, 50, 0, -1);
    }

    @Override
    public PrimalHeuristic forSolve() {
        return new Rins();
    }

    @Override
    public void run(HeuristicContext ctx) {
        if (!ctx.hasIncumbent() || ctx.fractionalColumns().length == 0) {
            return;
        }
        double remaining = ctx.remainingSeconds();
        double seconds = Math.min(MAX_SECONDS, TIME_SHARE * remaining);
        if (!(seconds > 0.05)) {
            return;
        }
        if (data == null || data.model != ctx.model()) {
            data = new ModelData(ctx.model());
        }
        MilpModel model = ctx.model();
        double[] inc = ctx.incumbent();
        double[] x = ctx.lpSolution();
        double tol = ctx.integralityTolerance();
        MilpModel.Builder b = model.toBuilder();
        int fixed = 0;
        for (int j = 0; j < data.n; j++) {
            if (!data.integral[j]) {
                continue;
            }
            double v = Math.rint(inc[j]);
            if (Math.abs(x[j] - v) <= tol && v >= ctx.lower(j) && v <= ctx.upper(j)) {
                b.setBounds(j, v, v);
                fixed++;
            } else {
                b.setBounds(j, ctx.lower(j), ctx.upper(j));
            }
        }
        if (fixed < MIN_FIXING_RATE * data.numIntegral || fixed == data.numIntegral) {
            return;
        }
        double incValue = ctx.incumbentValue();
        if (incValue == lastIncumbent && fixed == lastFixed) {
            return; // the same neighbourhood as last time, most likely
        }
        lastIncumbent = incValue;
        lastFixed = fixed;
        MilpModel sub = b.build();
        SolveResult r = ctx.solveSubMip(sub, new SubMipLimits(nodeBudget, seconds, ctx.cutoffBound()));
        boolean improved = false;
        if (r.hasSolution() && r.solution() instanceof MilpSolution s) {
            improved = ctx.submit(s.values(), name());
        }
        nodeBudget = improved ? MIN_NODES : Math.min(MAX_NODES, nodeBudget + nodeBudget / 2);
    }

    @Override
    public String toString() {
        return name();
    }
}
