package org.cobalt.milp.lp;

import java.util.Arrays;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;

/**
 * The scaled working copy of an LP in the bounded standard form the simplex runs on:
 * <pre>
 *   min  cost . z      s.t.  [A  -I] z = 0,   lower <= z <= upper
 * </pre>
 * where {@code z = (x, s)}: {@code n} structural columns followed by one logical column per row
 * (its value {@code s_i} is the row activity, bounded by the row sides). Column {@code n + i} is
 * the logical of row {@code i}, so its matrix column is {@code -e_i}. Costs are negated for a
 * maximization so that the engine always minimizes.
 *
 * <p>Scaling: {@code x_j = colScale[j] * xs_j} and {@code s_i = xs_{n+i} / rowScale[i]}; scaled
 * entries are {@code rowScale[i] a_ij colScale[j]}. All scale factors are powers of two.
 */
final class LpData {

    int n;
    int m;
    double sign;
    double constant;

    int[] colStart;
    int[] colRow;
    double[] colVal;
    int[] rowStart;
    int[] rowCol;
    double[] rowVal;

    double[] colScale;
    double[] rowScale;

    /** Scaled internal-minimization costs, length n + m (logicals cost 0). */
    double[] cost;
    /** Scaled bounds, length n + m. */
    double[] lower;
    double[] upper;

    private LpData() {
    }

    static LpData of(MilpModel model, boolean scaling) {
        LpData d = new LpData();
        int n = model.numVariables();
        int m = model.numRows();
        d.n = n;
        d.m = m;
        d.sign = model.sense().sign();
        d.constant = model.objectiveConstant();
        SparseMatrix a = model.matrix();
        d.colStart = a.copyColumnStarts();
        d.colRow = a.copyColumnRows();
        d.colVal = a.copyColumnValues();
        d.colScale = new double[n];
        d.rowScale = new double[m];
        if (scaling) {
            Scaler.compute(m, n, d.colStart, d.colRow, d.colVal, d.rowScale, d.colScale);
        } else {
            Arrays.fill(d.colScale, 1.0);
            Arrays.fill(d.rowScale, 1.0);
        }
        for (int j = 0; j < n; j++) {
            for (int k = d.colStart[j]; k < d.colStart[j + 1]; k++) {
                d.colVal[k] *= d.rowScale[d.colRow[k]] * d.colScale[j];
            }
        }
        d.rebuildRows();
        d.cost = new double[n + m];
        d.lower = new double[n + m];
        d.upper = new double[n + m];
        for (int j = 0; j < n; j++) {
            d.cost[j] = d.sign * model.cost(j) * d.colScale[j];
            d.lower[j] = model.lower(j) / d.colScale[j];
            d.upper[j] = model.upper(j) / d.colScale[j];
        }
        for (int i = 0; i < m; i++) {
            d.lower[n + i] = model.rowLower(i) * d.rowScale[i];
            d.upper[n + i] = model.rowUpper(i) * d.rowScale[i];
        }
        return d;
    }

    /** Rebuilds the row-wise copy from the column-wise one. */
    private void rebuildRows() {
        int nnz = colStart[n];
        rowStart = new int[m + 1];
        for (int k = 0; k < nnz; k++) {
            rowStart[colRow[k] + 1]++;
        }
        for (int i = 0; i < m; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        rowCol = new int[nnz];
        rowVal = new double[nnz];
        int[] next = Arrays.copyOf(rowStart, m);
        for (int j = 0; j < n; j++) {
            for (int k = colStart[j]; k < colStart[j + 1]; k++) {
                int p = next[colRow[k]]++;
                rowCol[p] = j;
                rowVal[p] = colVal[k];
            }
        }
    }

    /** Rebuilds the column-wise copy from the row-wise one. */
    private void rebuildColumns() {
        int nnz = rowStart[m];
        colStart = new int[n + 1];
        for (int k = 0; k < nnz; k++) {
            colStart[rowCol[k] + 1]++;
        }
        for (int j = 0; j < n; j++) {
            colStart[j + 1] += colStart[j];
        }
        colRow = new int[nnz];
        colVal = new double[nnz];
        int[] next = Arrays.copyOf(colStart, n);
        for (int i = 0; i < m; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int p = next[rowCol[k]]++;
                colRow[p] = i;
                colVal[p] = rowVal[k];
            }
        }
    }

    // ---- unscaled access -------------------------------------------------------------------

    /** Scale that maps a scaled value of column {@code j} (structural or logical) to model units. */
    double unscale(int j) {
        return j < n ? colScale[j] : 1.0 / rowScale[j - n];
    }

    double modelLower(int j) {
        return lower[j] * unscale(j);
    }

    double modelUpper(int j) {
        return upper[j] * unscale(j);
    }

    void setModelBounds(int j, double lo, double up) {
        double f = unscale(j);
        lower[j] = lo / f;
        upper[j] = up / f;
    }

    double modelCost(int j) {
        return sign * cost[j] / colScale[j];
    }

    void setModelCost(int j, double c) {
        cost[j] = sign * c * colScale[j];
    }

    // ---- row changes -----------------------------------------------------------------------

    /**
     * Appends rows given in model units (CSR: {@code starts} has {@code count + 1} entries into
     * {@code columns}/{@code values}). Logical columns of existing rows keep their indices; the new
     * logicals follow them.
     */
    void addRows(int count, int[] starts, int[] columns, double[] values, double[] lo, double[] up) {
        int added = starts[count] - starts[0];
        int nnz = rowStart[m];
        int[] newRowStart = Arrays.copyOf(rowStart, m + count + 1);
        int[] newRowCol = Arrays.copyOf(rowCol, nnz + added);
        double[] newRowVal = Arrays.copyOf(rowVal, nnz + added);
        double[] newRowScale = Arrays.copyOf(rowScale, m + count);
        double[] newCost = Arrays.copyOf(cost, n + m + count);
        double[] newLower = Arrays.copyOf(lower, n + m + count);
        double[] newUpper = Arrays.copyOf(upper, n + m + count);
        int at = nnz;
        for (int r = 0; r < count; r++) {
            int i = m + r;
            double rs = Scaler.rowScale(columns, values, starts[r], starts[r + 1], colScale);
            newRowScale[i] = rs;
            int from = at;
            for (int k = starts[r]; k < starts[r + 1]; k++) {
                if (values[k] != 0.0) {
                    newRowCol[at] = columns[k];
                    newRowVal[at] = values[k] * rs * colScale[columns[k]];
                    at++;
                }
            }
            at = sortAndMerge(newRowCol, newRowVal, from, at);
            newRowStart[i + 1] = at;
            newLower[n + i] = lo[r] * rs;
            newUpper[n + i] = up[r] * rs;
        }
        rowStart = newRowStart;
        rowCol = Arrays.copyOf(newRowCol, at);
        rowVal = Arrays.copyOf(newRowVal, at);
        rowScale = newRowScale;
        cost = newCost;
        lower = newLower;
        upper = newUpper;
        m += count;
        rebuildColumns();
    }

    /** Sorts entries {@code [from, to)} by column, sums duplicates, drops zeros; returns the new end. */
    private static int sortAndMerge(int[] cols, double[] vals, int from, int to) {
        for (int a = from + 1; a < to; a++) {
            int c = cols[a];
            double v = vals[a];
            int b = a - 1;
            while (b >= from && cols[b] > c) {
                cols[b + 1] = cols[b];
                vals[b + 1] = vals[b];
                b--;
            }
            cols[b + 1] = c;
            vals[b + 1] = v;
        }
        int out = from;
        int k = from;
        while (k < to) {
            int c = cols[k];
            double sum = vals[k++];
            while (k < to && cols[k] == c) {
                sum += vals[k++];
            }
            if (sum != 0.0) {
                cols[out] = c;
                vals[out] = sum;
                out++;
            }
        }
        return out;
    }

    /** Removes the rows marked in {@code remove}; later rows (and their logicals) move up. */
    void removeRows(boolean[] remove) {
        int keep = 0;
        int[] newRowStart = new int[m + 1];
        int at = 0;
        for (int i = 0; i < m; i++) {
            if (remove[i]) {
                continue;
            }
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                rowCol[at] = rowCol[k];
                rowVal[at] = rowVal[k];
                at++;
            }
            rowScale[keep] = rowScale[i];
            cost[n + keep] = cost[n + i];
            lower[n + keep] = lower[n + i];
            upper[n + keep] = upper[n + i];
            keep++;
            newRowStart[keep] = at;
        }
        rowStart = Arrays.copyOf(newRowStart, keep + 1);
        rowCol = Arrays.copyOf(rowCol, at);
        rowVal = Arrays.copyOf(rowVal, at);
        rowScale = Arrays.copyOf(rowScale, keep);
        cost = Arrays.copyOf(cost, n + keep);
        lower = Arrays.copyOf(lower, n + keep);
        upper = Arrays.copyOf(upper, n + keep);
        m = keep;
        rebuildColumns();
    }
}
