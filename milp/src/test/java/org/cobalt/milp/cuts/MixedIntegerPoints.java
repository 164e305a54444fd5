package org.cobalt.milp.cuts;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;

/**
 * Exact reference for cut validity on tiny models, sharing no code with the separators: every
 * assignment of the integer columns is enumerated, and for each the vertices of the polytope of the
 * (at most three, bounded) continuous columns are found by solving every square subsystem of active
 * row sides and bounds. The convex hull of the returned points is the mixed-integer hull, so a cut is
 * valid exactly when no returned point violates it.
 */
final class MixedIntegerPoints {

    private static final double TOL = 1e-9;

    private MixedIntegerPoints() {
    }

    static List<double[]> enumerate(MilpModel model) {
        int n = model.numVariables();
        List<Integer> ints = new ArrayList<>();
        List<Integer> conts = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            (model.isIntegral(j) ? ints : conts).add(j);
            if (!Double.isFinite(model.lower(j)) || !Double.isFinite(model.upper(j))) {
                throw new IllegalArgumentException("unbounded column " + j);
            }
        }
        if (conts.size() > 3) {
            throw new IllegalArgumentException("more than three continuous columns");
        }
        List<double[]> out = new ArrayList<>();
        double[] x = new double[n];
        for (int j : ints) {
            x[j] = Math.ceil(model.lower(j) - 1e-9);
        }
        while (true) {
            addVertices(model, conts, x, out);
            int p = 0;
            while (p < ints.size()) {
                int j = ints.get(p);
                if (x[j] + 1 <= Math.floor(model.upper(j) + 1e-9)) {
                    x[j] += 1;
                    break;
                }
                x[j] = Math.ceil(model.lower(j) - 1e-9);
                p++;
            }
            if (p == ints.size()) {
                return out;
            }
        }
    }

    /** Constraints on the continuous part: {@code lo <= g.y <= up}, one per row and per column. */
    private static void addVertices(MilpModel model, List<Integer> conts, double[] x, List<double[]> out) {
        int k = conts.size();
        int m = model.numRows();
        SparseMatrix a = model.matrix();
        int total = m + k;
        double[][] g = new double[total][k];
        double[] lo = new double[total];
        double[] up = new double[total];
        for (int i = 0; i < m; i++) {
            double fixed = 0;
            for (int q = a.rowStart(i); q < a.rowEnd(i); q++) {
                int j = a.rowColumn(q);
                int c = conts.indexOf(j);
                if (c >= 0) {
                    g[i][c] = a.rowValue(q);
                } else {
                    fixed += a.rowValue(q) * x[j];
                }
            }
            lo[i] = model.rowLower(i) - fixed;
            up[i] = model.rowUpper(i) - fixed;
        }
        for (int c = 0; c < k; c++) {
            g[m + c][c] = 1;
            lo[m + c] = model.lower(conts.get(c));
            up[m + c] = model.upper(conts.get(c));
        }
        if (k == 0) {
            if (feasible(g, lo, up, new double[0])) {
                out.add(x.clone());
            }
            return;
        }
        // every choice of k constraints at one of their finite sides
        int[] pick = new int[k];
        enumerateSubsets(g, lo, up, conts, x, out, pick, 0, 0, total);
    }

    private static void enumerateSubsets(double[][] g, double[] lo, double[] up, List<Integer> conts, double[] x,
                                         List<double[]> out, int[] pick, int depth, int from, int total) {
        int k = pick.length;
        if (depth == k) {
            int sides = 1 << k;
            for (int mask = 0; mask < sides; mask++) {
                double[][] sys = new double[k][k + 1];
                boolean ok = true;
                for (int r = 0; r < k && ok; r++) {
                    double rhs = ((mask >> r) & 1) == 0 ? lo[pick[r]] : up[pick[r]];
                    if (!Double.isFinite(rhs)) {
                        ok = false;
                        break;
                    }
                    System.arraycopy(g[pick[r]], 0, sys[r], 0, k);
                    sys[r][k] = rhs;
                }
                if (!ok) {
                    continue;
                }
                double[] y = solve(sys);
                if (y != null && feasible(g, lo, up, y)) {
                    double[] p = x.clone();
                    for (int c = 0; c < k; c++) {
                        p[conts.get(c)] = y[c];
                    }
                    out.add(p);
                }
            }
            return;
        }
        for (int i = from; i < total; i++) {
            pick[depth] = i;
            enumerateSubsets(g, lo, up, conts, x, out, pick, depth + 1, i + 1, total);
        }
    }

    private static boolean feasible(double[][] g, double[] lo, double[] up, double[] y) {
        for (int i = 0; i < g.length; i++) {
            double v = 0;
            double mag = 1;
            for (int c = 0; c < y.length; c++) {
                v += g[i][c] * y[c];
                mag = Math.max(mag, Math.abs(g[i][c] * y[c]));
            }
            double tol = TOL * Math.max(mag, Math.max(Math.abs(Double.isFinite(lo[i]) ? lo[i] : 0),
                    Math.abs(Double.isFinite(up[i]) ? up[i] : 0)));
            if (v < lo[i] - tol || v > up[i] + tol) {
                return false;
            }
        }
        return true;
    }

    /** Gaussian elimination with partial pivoting; null when singular. */
    private static double[] solve(double[][] sys) {
        int k = sys.length;
        for (int c = 0; c < k; c++) {
            int piv = c;
            for (int r = c + 1; r < k; r++) {
                if (Math.abs(sys[r][c]) > Math.abs(sys[piv][c])) {
                    piv = r;
                }
            }
            if (Math.abs(sys[piv][c]) < 1e-12) {
                return null;
            }
            double[] t = sys[c];
            sys[c] = sys[piv];
            sys[piv] = t;
            for (int r = 0; r < k; r++) {
                if (r != c) {
                    double f = sys[r][c] / sys[c][c];
                    for (int q = c; q <= k; q++) {
                        sys[r][q] -= f * sys[c][q];
                    }
                }
            }
        }
        double[] y = new double[k];
        for (int c = 0; c < k; c++) {
            y[c] = sys[c][k] / sys[c][c];
        }
        return y;
    }
}
