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
 * <p>Runs at the root (when an incumbent exists) and every 50th node, when at least 30% of the
 * integral columns can be fixed (SCIP's {@code minfixingrate}) and the neighbourhood is not the one
 * of the previous call (same incumbent value and number of fixings). Budget, in the manner of SCIP's
 * large-neighbourhood searches: all sub-MIPs of a solve together may process at most
 * {@code 500 + 0.1 * (nodes of the main search)} nodes; a call gets what is left (at least 50 nodes,
 * else it is skipped, at most 5000) and at most 5% of the remaining time (10 s at most).
 */
public final class Rins implements PrimalHeuristic {

    private static final double MIN_FIXING_RATE = 0.3;
    private static final long NODES_OFFSET = 500;
    private static final double NODES_QUOT = 0.1;
    private static final long MIN_NODES = 50;
    private static final long MAX_NODES = 5000;
    private static final double TIME_SHARE = 0.05;
    private static final double MAX_SECONDS = 10;

    private long usedNodes;
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
        long nodes = Math.min(MAX_NODES, NODES_OFFSET + (long) (NODES_QUOT * ctx.nodesProcessed()) - usedNodes);
        if (!(seconds > 0.05) || nodes < MIN_NODES) {
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
        SolveResult r = ctx.solveSubMip(sub, new SubMipLimits(nodes, seconds, ctx.cutoffBound()));
        // a sub-MIP solved in presolve still counts one node, so that repeated calls use up the budget
        usedNodes += Math.max(1, r.stats().nodes());
        if (r.hasSolution() && r.solution() instanceof MilpSolution s) {
            ctx.submit(s.values(), name());
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
