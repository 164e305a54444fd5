package org.cobalt.milp.bb;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;

/**
 * Brute force for small MILPs with bounded columns, sharing no code with the solver: every integer
 * assignment is enumerated; the continuous part (at most two columns, finite bounds) is optimized
 * exactly by evaluating every vertex of the 1- or 2-dimensional polygon (intersections of pairs of
 * boundary lines: column bounds and row sides).
 */
final class Enumeration {

    static final double TOL = 1e-9;

    /** Optimal value in the model's sense, or NaN when infeasible. */
    record Result(double objective, double[] x) {
        boolean feasible() {
            return !Double.isNaN(objective);
        }
    }

    private Enumeration() {
    }

    static Result solve(MilpModel m) {
        int n = m.numVariables();
        int[] ints = new int[n];
        int[] conts = new int[n];
        int ni = 0;
        int nc = 0;
        for (int j = 0; j < n; j++) {
            if (m.isIntegral(j)) {
                ints[ni++] = j;
            } else {
                conts[nc++] = j;
            }
        }
        if (nc > 2) {
            throw new IllegalArgumentException("at most two continuous columns");
        }
        double[] x = new double[n];
        double sign = m.isMaximization() ? -1 : 1;
        double best = Double.POSITIVE_INFINITY;
        double[] bestX = null;
        long[] counter = new long[ni];
        for (int k = 0; k < ni; k++) {
            x[ints[k]] = Math.ceil(m.lower(ints[k]));
        }
        while (true) {
            double[] y = completeContinuous(m, x, conts, nc);
            if (y != null) {
                double v = sign * m.objectiveValue(y);
                if (v < best - 1e-12) {
                    best = v;
                    bestX = y;
                }
            }
            int k = 0;
            while (k < ni) {
                int j = ints[k];
                if (x[j] + 1 <= Math.floor(m.upper(j))) {
                    x[j] += 1;
                    break;
                }
                x[j] = Math.ceil(m.lower(j));
                k++;
            }
            if (k == ni) {
                break;
            }
        }
        return bestX == null ? new Result(Double.NaN, null) : new Result(sign * best, bestX);
    }

    /** Best completion of the continuous columns, or null when none is feasible. */
    private static double[] completeContinuous(MilpModel m, double[] fixed, int[] conts, int nc) {
        double[] x = fixed.clone();
        if (nc == 0) {
            return feasible(m, x) ? x : null;
        }
        int rows = m.numRows();
        SparseMatrix a = m.matrix();
        // lines: coef . (y) = rhs over the continuous columns
        int maxLines = 2 * nc + 2 * rows;
        double[][] coef = new double[maxLines][nc];
        double[] rhs = new double[maxLines];
        int lines = 0;
        for (int t = 0; t < nc; t++) {
            int j = conts[t];
            coef[lines][t] = 1;
            rhs[lines++] = m.lower(j);
            coef[lines][t] = 1;
            rhs[lines++] = m.upper(j);
        }
        for (int i = 0; i < rows; i++) {
            double rest = 0.0;
            double[] c = new double[nc];
            boolean any = false;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                int j = a.rowColumn(k);
                int t = indexOf(conts, nc, j);
                if (t >= 0) {
                    c[t] = a.rowValue(k);
                    any = true;
                } else {
                    rest += a.rowValue(k) * fixed[j];
                }
            }
            if (!any) {
                continue;
            }
            for (double side : new double[] {m.rowLower(i), m.rowUpper(i)}) {
                if (Double.isFinite(side)) {
                    coef[lines] = c.clone();
                    rhs[lines++] = side - rest;
                }
            }
        }
        double sign = m.isMaximization() ? -1 : 1;
        double best = Double.POSITIVE_INFINITY;
        double[] bestX = null;
        if (nc == 1) {
            for (int l = 0; l < lines; l++) {
                if (Math.abs(coef[l][0]) < 1e-12) {
                    continue;
                }
                x[conts[0]] = rhs[l] / coef[l][0];
                if (feasible(m, x)) {
                    double v = sign * m.objectiveValue(x);
                    if (v < best) {
                        best = v;
                        bestX = x.clone();
                    }
                }
            }
        } else {
            for (int p = 0; p < lines; p++) {
                for (int q = p + 1; q < lines; q++) {
                    double det = coef[p][0] * coef[q][1] - coef[p][1] * coef[q][0];
                    if (Math.abs(det) < 1e-12) {
                        continue;
                    }
                    x[conts[0]] = (rhs[p] * coef[q][1] - coef[p][1] * rhs[q]) / det;
                    x[conts[1]] = (coef[p][0] * rhs[q] - rhs[p] * coef[q][0]) / det;
                    if (feasible(m, x)) {
                        double v = sign * m.objectiveValue(x);
                        if (v < best) {
                            best = v;
                            bestX = x.clone();
                        }
                    }
                }
            }
        }
        return bestX;
    }

    private static int indexOf(int[] a, int len, int v) {
        for (int k = 0; k < len; k++) {
            if (a[k] == v) {
                return k;
            }
        }
        return -1;
    }

    static boolean feasible(MilpModel m, double[] x) {
        for (int j = 0; j < m.numVariables(); j++) {
            if (x[j] < m.lower(j) - TOL * Math.max(1, Math.abs(m.lower(j)))
                    || x[j] > m.upper(j) + TOL * Math.max(1, Math.abs(m.upper(j)))) {
                return false;
            }
        }
        SparseMatrix a = m.matrix();
        for (int i = 0; i < m.numRows(); i++) {
            double s = 0.0;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                s += a.rowValue(k) * x[a.rowColumn(k)];
            }
            if (s < m.rowLower(i) - TOL * Math.max(1, Math.abs(m.rowLower(i)))
                    || s > m.rowUpper(i) + TOL * Math.max(1, Math.abs(m.rowUpper(i)))) {
                return false;
            }
        }
        return true;
    }
}
