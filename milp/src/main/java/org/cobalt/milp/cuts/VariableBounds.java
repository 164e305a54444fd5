package org.cobalt.milp.cuts;

import java.util.Arrays;

/**
 * Variable bounds {@code x_c >= d y + e} (VLB) and {@code x_c <= d y + e} (VUB) of continuous
 * columns {@code c} on integer columns {@code y}, read from two-entry model rows such as the
 * fixed-charge link {@code x_c <= u y}. c-MIR substitutes them for the simple bounds of
 * continuous variables (Marchand &amp; Wolsey 2001), which brings the binary into the base row.
 * One of each kind per column: the first found whose integer column is binary, else the first.
 */
final class VariableBounds {

    final int[] vlbVar;
    final double[] vlbCoef;
    final double[] vlbConst;
    final int[] vubVar;
    final double[] vubCoef;
    final double[] vubConst;

    private VariableBounds(int n) {
        vlbVar = new int[n];
        vubVar = new int[n];
        Arrays.fill(vlbVar, -1);
        Arrays.fill(vubVar, -1);
        vlbCoef = new double[n];
        vlbConst = new double[n];
        vubCoef = new double[n];
        vubConst = new double[n];
    }

    static VariableBounds of(LpSnapshot s) {
        VariableBounds vb = new VariableBounds(s.n);
        for (int i = 0; i < s.modelRows; i++) {
            int k0 = s.rowStart[i];
            if (s.rowStart[i + 1] - k0 != 2) {
                continue;
            }
            int c = s.rowCol[k0];
            double ac = s.rowVal[k0];
            int y = s.rowCol[k0 + 1];
            double ay = s.rowVal[k0 + 1];
            if (s.integral[c] == s.integral[y]) {
                continue;
            }
            if (s.integral[c]) {
                int t = c;
                c = y;
                y = t;
                double tv = ac;
                ac = ay;
                ay = tv;
            }
            if (!Double.isFinite(s.lower[y]) || !Double.isFinite(s.upper[y])) {
                continue;
            }
            boolean binary = s.lower[y] == 0.0 && s.upper[y] == 1.0;
            double d = -ay / ac;
            double lo = s.lower[s.n + i];
            double up = s.upper[s.n + i];
            // ac x_c <= up - ay y: for ac > 0 an upper bound on x_c, for ac < 0 a lower bound
            if (up < Double.POSITIVE_INFINITY) {
                vb.record(ac > 0, c, y, d, up / ac, binary, s);
            }
            if (lo > Double.NEGATIVE_INFINITY) {
                vb.record(ac < 0, c, y, d, lo / ac, binary, s);
            }
        }
        return vb;
    }

    private void record(boolean upperBound, int c, int y, double d, double e, boolean binary, LpSnapshot s) {
        if (!Double.isFinite(d) || !Double.isFinite(e) || d == 0.0) {
            return;
        }
        int[] var = upperBound ? vubVar : vlbVar;
        if (var[c] >= 0) {
            int old = var[c];
            boolean oldBinary = s.lower[old] == 0.0 && s.upper[old] == 1.0;
            if (oldBinary || !binary) {
                return;
            }
        }
        var[c] = y;
        (upperBound ? vubCoef : vlbCoef)[c] = d;
        (upperBound ? vubConst : vlbConst)[c] = e;
    }
}
