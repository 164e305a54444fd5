package org.cobalt.milp.bb.engine;

import org.cobalt.milp.bb.spi.Pseudocosts;

/** Per-column pseudocost sums and counts in primitive arrays, with running averages for the fallbacks. */
final class PseudocostTable implements Pseudocosts {

    private final double[] downSum;
    private final double[] upSum;
    private final int[] downCount;
    private final int[] upCount;
    /** Sums of the per-column averages over columns with observations, for the fallback averages. */
    private double downAverageSum;
    private double upAverageSum;
    private int downColumns;
    private int upColumns;

    PseudocostTable(int columns) {
        downSum = new double[columns];
        upSum = new double[columns];
        downCount = new int[columns];
        upCount = new int[columns];
    }

    /** Records one observation: the objective gain per unit of change (gain / delta). */
    void update(int column, boolean up, double gain, double delta) {
        if (!(delta > 1e-9) || !(gain >= 0) || Double.isInfinite(gain)) {
            return;
        }
        double unit = gain / delta;
        if (up) {
            if (upCount[column] > 0) {
                upAverageSum -= upSum[column] / upCount[column];
            } else {
                upColumns++;
            }
            upSum[column] += unit;
            upCount[column]++;
            upAverageSum += upSum[column] / upCount[column];
        } else {
            if (downCount[column] > 0) {
                downAverageSum -= downSum[column] / downCount[column];
            } else {
                downColumns++;
            }
            downSum[column] += unit;
            downCount[column]++;
            downAverageSum += downSum[column] / downCount[column];
        }
    }

    @Override
    public double down(int column) {
        return downCount[column] > 0 ? downSum[column] / downCount[column] : averageDown();
    }

    @Override
    public double up(int column) {
        return upCount[column] > 0 ? upSum[column] / upCount[column] : averageUp();
    }

    @Override
    public int downCount(int column) {
        return downCount[column];
    }

    @Override
    public int upCount(int column) {
        return upCount[column];
    }

    @Override
    public double averageDown() {
        return downColumns > 0 ? Math.max(downAverageSum / downColumns, 0.0) : 1.0;
    }

    @Override
    public double averageUp() {
        return upColumns > 0 ? Math.max(upAverageSum / upColumns, 0.0) : 1.0;
    }
}
