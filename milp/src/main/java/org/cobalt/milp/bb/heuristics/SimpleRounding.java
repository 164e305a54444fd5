package org.cobalt.milp.bb.heuristics;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;
import org.cobalt.milp.bb.spi.HeuristicContext;
import org.cobalt.milp.bb.spi.HeuristicTiming;
import org.cobalt.milp.bb.spi.PrimalHeuristic;

/**
 * Simple rounding (SCIP's {@code simplerounding}): rounds every fractional integral column of the LP
 * solution in a direction that cannot make any row violated — down when the column has no down-locks
 * (no row with a finite side that decreasing it could violate), up when it has no up-locks — and submits
 * the point when every fractional column could be rounded. Costs O(fractional columns) per node after an
 * O(nonzeros) lock count per solve, so it runs at every node.
 */
public final class SimpleRounding implements PrimalHeuristic {

    private int[] downLocks;
    private int[] upLocks;
    private double[] work;

    @Override
    public String name() {
        return "rounding";
    }

    @Override
    public HeuristicTiming timing() {
        return HeuristicTiming.everyNode();
    }

    @Override
    public PrimalHeuristic forSolve() {
        return new SimpleRounding();
    }

    private void countLocks(MilpModel model) {
        int n = model.numVariables();
        downLocks = new int[n];
        upLocks = new int[n];
        SparseMatrix a = model.matrix();
        for (int i = 0; i < model.numRows(); i++) {
            boolean hasLower = model.rowLower(i) > Double.NEGATIVE_INFINITY;
            boolean hasUpper = model.rowUpper(i) < Double.POSITIVE_INFINITY;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                int j = a.rowColumn(k);
                boolean positive = a.rowValue(k) > 0;
                // decreasing x_j lowers the activity when a_ij > 0: dangerous for a lower side
                if (positive ? hasLower : hasUpper) {
                    downLocks[j]++;
                }
                if (positive ? hasUpper : hasLower) {
                    upLocks[j]++;
                }
            }
        }
        work = new double[n];
    }

    @Override
    public void run(HeuristicContext ctx) {
        int[] frac = ctx.fractionalColumns();
        if (frac.length == 0) {
            return;
        }
        if (downLocks == null) {
            countLocks(ctx.model());
        }
        double[] x = ctx.lpSolution();
        for (int j : frac) {
            if (downLocks[j] > 0 && upLocks[j] > 0) {
                return;
            }
        }
        System.arraycopy(x, 0, work, 0, x.length);
        for (int j : frac) {
            double v = downLocks[j] == 0 ? Math.floor(x[j]) : Math.ceil(x[j]);
            work[j] = Math.max(ctx.lower(j), Math.min(ctx.upper(j), v));
        }
        double objective = 0.0;
        for (int j = 0; j < work.length; j++) {
            objective += ctx.model().cost(j) * work[j];
        }
        if (objective + ctx.model().objectiveConstant() < ctx.cutoffBound()) {
            ctx.submit(work, name());
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
