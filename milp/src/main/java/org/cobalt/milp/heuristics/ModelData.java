package org.cobalt.milp.heuristics;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;

/**
 * Primitive copies of what the heuristics read from a working model in their hot loops: rows by
 * rows and by columns, row sides, costs, integrality, and the rounding locks of each column (rows
 * with a finite side that decreasing or increasing the column could violate).
 */
final class ModelData {

    final MilpModel model;
    final int n;
    final int m;
    final SparseMatrix a;
    final double[] rowLower;
    final double[] rowUpper;
    final double[] cost;
    final boolean[] integral;
    final int[] downLocks;
    final int[] upLocks;
    final int numIntegral;

    ModelData(MilpModel model) {
        this.model = model;
        this.n = model.numVariables();
        this.m = model.numRows();
        this.a = model.matrix();
        this.rowLower = model.rowLowerBounds();
        this.rowUpper = model.rowUpperBounds();
        this.cost = model.objectiveCoefficients();
        this.integral = new boolean[n];
        int ints = 0;
        for (int j = 0; j < n; j++) {
            integral[j] = model.isIntegral(j);
            ints += integral[j] ? 1 : 0;
        }
        this.numIntegral = ints;
        downLocks = new int[n];
        upLocks = new int[n];
        for (int i = 0; i < m; i++) {
            boolean hasLower = rowLower[i] > Double.NEGATIVE_INFINITY;
            boolean hasUpper = rowUpper[i] < Double.POSITIVE_INFINITY;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                int j = a.rowColumn(k);
                boolean positive = a.rowValue(k) > 0;
                if (positive ? hasLower : hasUpper) {
                    downLocks[j]++;
                }
                if (positive ? hasUpper : hasLower) {
                    upLocks[j]++;
                }
            }
        }
    }

    /** Row activities {@code A x}. */
    double[] activities(double[] x) {
        double[] act = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0.0;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                s += a.rowValue(k) * x[a.rowColumn(k)];
            }
            act[i] = s;
        }
        return act;
    }

    /** Objective {@code c.x + constant} of the working model. */
    double objective(double[] x) {
        double s = model.objectiveConstant();
        for (int j = 0; j < n; j++) {
            s += cost[j] * x[j];
        }
        return s;
    }

    /**
     * Largest violation of a row side or column bound, relative to {@code max(1, |side|)}, and of
     * integrality for integral columns (absolute).
     */
    double maxViolation(double[] x, double[] lower, double[] upper) {
        double worst = 0.0;
        for (int j = 0; j < n; j++) {
            double v = x[j];
            worst = Math.max(worst, (lower[j] - v) / Math.max(1.0, Math.abs(lower[j])));
            worst = Math.max(worst, (v - upper[j]) / Math.max(1.0, Math.abs(upper[j])));
            if (integral[j]) {
                worst = Math.max(worst, Math.abs(v - Math.rint(v)));
            }
        }
        for (int i = 0; i < m; i++) {
            double s = 0.0;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                s += a.rowValue(k) * x[a.rowColumn(k)];
            }
            if (rowLower[i] > Double.NEGATIVE_INFINITY) {
                worst = Math.max(worst, (rowLower[i] - s) / Math.max(1.0, Math.abs(rowLower[i])));
            }
            if (rowUpper[i] < Double.POSITIVE_INFINITY) {
                worst = Math.max(worst, (s - rowUpper[i]) / Math.max(1.0, Math.abs(rowUpper[i])));
            }
        }
        return worst;
    }
}
