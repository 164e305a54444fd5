package org.cobalt.milp.heuristics;

import org.cobalt.milp.bb.spi.HeuristicContext;
import org.cobalt.milp.bb.spi.HeuristicTiming;
import org.cobalt.milp.bb.spi.PrimalHeuristic;

/**
 * ZI rounding of the node's LP solution ({@link ZiRounder}): cheap (one pass over the columns of the
 * fractional variables), so it runs at every node. Finds solutions where simple rounding's lock
 * test is too coarse: a column with locks can still be rounded when the rows it appears in have
 * enough slack. Like SCIP's, it stops for the rest of the solve once it has been called 1000 times
 * with a success rate below 2%.
 */
public final class ZiRounding implements PrimalHeuristic {

    private static final int MIN_STOP_CALLS = 1000;
    private static final double STOP_SUCCESS_RATE = 0.02;

    private ModelData data;
    private long calls;
    private long successes;
    private ZiRounder rounder;
    private double[] lower;
    private double[] upper;

    @Override
    public String name() {
        return "zirounding";
    }

    @Override
    public HeuristicTiming timing() {
        return HeuristicTiming.everyNode();
    }

    @Override
    public PrimalHeuristic forSolve() {
        return new ZiRounding();
    }

    @Override
    public void run(HeuristicContext ctx) {
        if (ctx.fractionalColumns().length == 0
                || (calls >= MIN_STOP_CALLS && successes < STOP_SUCCESS_RATE * calls)) {
            return;
        }
        calls++;
        if (data == null || data.model != ctx.model()) {
            data = new ModelData(ctx.model());
            rounder = new ZiRounder(data);
            lower = new double[data.n];
            upper = new double[data.n];
        }
        for (int j = 0; j < data.n; j++) {
            lower[j] = ctx.lower(j);
            upper[j] = ctx.upper(j);
        }
        double[] x = rounder.round(ctx.lpSolution(), lower, upper, ctx.integralityTolerance());
        if (x != null && data.objective(x) < ctx.cutoffBound() && ctx.submit(x.clone(), name())) {
            successes++;
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
