package org.cobalt.milp.lp;

import java.util.Arrays;

/**
 * Scale factors for a sparse matrix: a few passes of geometric-mean scaling (rows, then columns,
 * each by {@code 1/sqrt(min * max)} of its scaled entries) followed by column equilibration (each
 * column's largest entry becomes 1), all rounded to powers of two so that scaling and unscaling
 * are exact in floating point. Scaled entries are {@code rowScale[i] * a_ij * colScale[j]}.
 */
final class Scaler {

    private static final int GEOMETRIC_PASSES = 6;

    private Scaler() {
    }

    /**
     * Computes {@code rowScale} (length rows) and {@code colScale} (length columns) from a CSC
     * matrix. Empty rows and columns get scale 1.
     */
    static void compute(int rows, int columns, int[] colStart, int[] colRow, double[] colVal,
                        double[] rowScale, double[] colScale) {
        Arrays.fill(rowScale, 0, rows, 1.0);
        Arrays.fill(colScale, 0, columns, 1.0);
        double[] rowMin = new double[rows];
        double[] rowMax = new double[rows];
        double previousSpread = Double.POSITIVE_INFINITY;
        for (int pass = 0; pass < GEOMETRIC_PASSES; pass++) {
            Arrays.fill(rowMin, Double.POSITIVE_INFINITY);
            Arrays.fill(rowMax, 0.0);
            for (int j = 0; j < columns; j++) {
                for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                    int i = colRow[k];
                    double a = Math.abs(colVal[k]) * colScale[j];
                    rowMin[i] = Math.min(rowMin[i], a);
                    rowMax[i] = Math.max(rowMax[i], a);
                }
            }
            for (int i = 0; i < rows; i++) {
                if (rowMax[i] > 0) {
                    rowScale[i] = 1.0 / Math.sqrt(rowMin[i] * rowMax[i]);
                }
            }
            double spread = 1.0;
            for (int j = 0; j < columns; j++) {
                double min = Double.POSITIVE_INFINITY;
                double max = 0.0;
                for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                    double a = Math.abs(colVal[k]) * rowScale[colRow[k]];
                    min = Math.min(min, a);
                    max = Math.max(max, a);
                }
                if (max > 0) {
                    colScale[j] = 1.0 / Math.sqrt(min * max);
                    spread = Math.max(spread, max / min);
                }
            }
            // stop once a pass no longer narrows the spread of column entries noticeably
            if (spread > 0.9 * previousSpread) {
                break;
            }
            previousSpread = spread;
        }
        for (int i = 0; i < rows; i++) {
            rowScale[i] = powerOfTwo(rowScale[i]);
        }
        for (int j = 0; j < columns; j++) {
            double max = 0.0;
            for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                max = Math.max(max, Math.abs(colVal[k]) * rowScale[colRow[k]]);
            }
            colScale[j] = max > 0 ? powerOfTwo(1.0 / max) : 1.0;
        }
    }

    /** Scale for a new row (cut) given the column scales: the geometric mean rounded to a power of two. */
    static double rowScale(int[] columns, double[] values, int from, int to, double[] colScale) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0.0;
        for (int k = from; k < to; k++) {
            double a = Math.abs(values[k]) * colScale[columns[k]];
            if (a > 0) {
                min = Math.min(min, a);
                max = Math.max(max, a);
            }
        }
        return max > 0 ? powerOfTwo(1.0 / Math.sqrt(min * max)) : 1.0;
    }

    /** The power of two nearest to {@code v} in log scale, clamped to a safe exponent range. */
    static double powerOfTwo(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return 1.0;
        }
        long e = Math.round(Math.log(v) / Math.log(2.0));
        e = Math.max(-100, Math.min(100, e));
        return Math.scalb(1.0, (int) e);
    }
}
