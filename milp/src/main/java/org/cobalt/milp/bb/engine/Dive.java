package org.cobalt.milp.bb.engine;

import java.util.Arrays;
import org.cobalt.milp.bb.spi.LpDive;
import org.cobalt.milp.lp.Checkpoint;
import org.cobalt.milp.lp.DualSimplex;
import org.cobalt.milp.lp.LpStatus;

/**
 * An {@link LpDive} over the search's LP: records every bound and cost it changes and, on close, puts
 * them back and restores the checkpoint taken at the start, so the node's LP state (basis, values,
 * status) is exactly as before.
 */
final class Dive implements LpDive {

    private final TreeSearch search;
    private final DualSimplex lp;
    private final Checkpoint start;
    private final double savedCutoff;
    private final int n;
    private final double[] origLower;
    private final double[] origUpper;
    private final double[] origCost;
    private final boolean[] touched;
    private final boolean[] costTouched;
    private int[] touchedList = new int[16];
    private int touchedCount;
    private int[] costList = new int[16];
    private int costCount;
    private long iterations;
    private boolean closed;

    Dive(TreeSearch search, DualSimplex lp, double savedCutoff) {
        this.search = search;
        this.lp = lp;
        this.savedCutoff = savedCutoff;
        this.n = lp.numColumns();
        this.start = lp.checkpoint();
        this.origLower = new double[n];
        this.origUpper = new double[n];
        this.origCost = new double[n];
        this.touched = new boolean[n];
        this.costTouched = new boolean[n];
        lp.setObjectiveCutoff(Double.POSITIVE_INFINITY);
    }

    private void check() {
        if (closed) {
            throw new IllegalStateException("dive is closed");
        }
    }

    @Override
    public int numColumns() {
        return n;
    }

    @Override
    public double lower(int column) {
        return lp.lower(column);
    }

    @Override
    public double upper(int column) {
        return lp.upper(column);
    }

    @Override
    public void setBounds(int column, double lower, double upper) {
        check();
        if (!touched[column]) {
            touched[column] = true;
            origLower[column] = lp.lower(column);
            origUpper[column] = lp.upper(column);
            if (touchedCount == touchedList.length) {
                touchedList = Arrays.copyOf(touchedList, touchedCount * 2);
            }
            touchedList[touchedCount++] = column;
        }
        lp.setBounds(column, lower, upper);
    }

    @Override
    public double cost(int column) {
        return lp.cost(column);
    }

    @Override
    public void setCost(int column, double cost) {
        check();
        if (!costTouched[column]) {
            costTouched[column] = true;
            origCost[column] = lp.cost(column);
            if (costCount == costList.length) {
                costList = Arrays.copyOf(costList, costCount * 2);
            }
            costList[costCount++] = column;
        }
        lp.setCost(column, cost);
    }

    @Override
    public void setObjectiveCutoff(double cutoff) {
        check();
        lp.setObjectiveCutoff(cutoff);
    }

    @Override
    public LpStatus solve(long iterationLimit) {
        check();
        LpStatus st = search.solveLimited(iterationLimit);
        iterations += lp.iterations();
        return st;
    }

    @Override
    public double objective() {
        return lp.objective();
    }

    @Override
    public double value(int column) {
        return lp.primal(column);
    }

    @Override
    public double[] values() {
        return lp.primalValues();
    }

    @Override
    public Checkpoint checkpoint() {
        check();
        return lp.checkpoint();
    }

    @Override
    public void restore(Checkpoint checkpoint) {
        check();
        lp.restore(checkpoint);
    }

    @Override
    public long iterations() {
        return iterations;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int k = 0; k < touchedCount; k++) {
            int j = touchedList[k];
            lp.setBounds(j, origLower[j], origUpper[j]);
        }
        for (int k = 0; k < costCount; k++) {
            int j = costList[k];
            lp.setCost(j, origCost[j]);
        }
        lp.setObjectiveCutoff(savedCutoff);
        lp.restore(start);
        search.diveClosed(this, iterations);
    }
}
