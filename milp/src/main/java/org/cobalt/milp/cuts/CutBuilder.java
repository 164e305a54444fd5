package org.cobalt.milp.cuts;

/**
 * Collects a cut {@code pi.x <= pi0} in the structural columns and turns it into a safe
 * {@link Cut}: fixed columns move to the right-hand side; coefficients too small against the
 * largest ({@link CutNumerics#maxDynamism()}) are removed by relaxing the right-hand side with the
 * variable's bound (no bound: the cut is dropped); the cut is scaled by a power of two (exact) so
 * that its largest coefficient lies in [1, 2), or kept integral when all coefficients are integers
 * on integer columns (then the right-hand side is rounded down); the right-hand side is relaxed by
 * {@link CutNumerics#rhsRelaxation()}; and the cut must cut off the LP point by the minimum
 * efficacy. Every step can only weaken the cut, never make it invalid.
 */
final class CutBuilder {

    final SparseAccumulator pi;
    double rhs;
    private final LpSnapshot snap;
    private final int[] outCols;
    private final double[] outVals;
    /** Efficacy of the last cut {@link #finish} returned. */
    double efficacy;

    CutBuilder(LpSnapshot snap) {
        this.snap = snap;
        this.pi = new SparseAccumulator(snap.n);
        this.outCols = new int[snap.n];
        this.outVals = new double[snap.n];
    }

    void clear() {
        pi.clear();
        rhs = 0.0;
    }

    /** Adds {@code c} times the logical {@code s_i = a_i x}. */
    void addLogical(int i, double c) {
        for (int k = snap.rowStart[i]; k < snap.rowStart[i + 1]; k++) {
            pi.add(snap.rowCol[k], c * snap.rowVal[k]);
        }
    }

    /** The safe cut, or null when it is numerically unsafe or not violated enough. */
    Cut finish(CutKind kind, CutNumerics num) {
        if (!Double.isFinite(rhs)) {
            return null;
        }
        double[] v = pi.values;
        double maxAbs = 0.0;
        for (int p = 0; p < pi.count; p++) {
            int j = pi.index[p];
            double a = v[j];
            if (a == 0.0) {
                continue;
            }
            if (!Double.isFinite(a)) {
                return null;
            }
            if (snap.lower[j] == snap.upper[j]) {
                rhs -= a * snap.lower[j];
                v[j] = 0.0;
                continue;
            }
            maxAbs = Math.max(maxAbs, Math.abs(a));
        }
        if (maxAbs == 0.0 || !Double.isFinite(rhs)) {
            return null;
        }
        double tiny = maxAbs / num.maxDynamism();
        for (int p = 0; p < pi.count; p++) {
            int j = pi.index[p];
            double a = v[j];
            if (a != 0.0 && Math.abs(a) < tiny) {
                // a x_j >= a l_j (a > 0) or a u_j (a < 0): dropping the term needs that much room
                double b = a > 0 ? snap.lower[j] : snap.upper[j];
                if (!Double.isFinite(b)) {
                    return null;
                }
                rhs -= a * b;
                v[j] = 0.0;
            }
        }
        pi.sortIndex();
        int len = 0;
        boolean integralCut = true;
        for (int p = 0; p < pi.count; p++) {
            int j = pi.index[p];
            double a = v[j];
            if (a != 0.0) {
                outCols[len] = j;
                outVals[len] = a;
                len++;
                integralCut &= snap.integral[j] && a == Math.rint(a);
            }
        }
        if (len > num.maxDensity() * snap.n + 10) {
            return null;
        }
        double r = rhs;
        if (integralCut && maxAbs <= num.maxDynamism()) {
            // integral coefficients on integer columns: the activity is an integer
            r = Math.floor(r + 1e-9 * Math.max(1.0, Math.abs(r)));
        } else {
            double scale = Math.scalb(1.0, -Math.getExponent(maxAbs));
            for (int k = 0; k < len; k++) {
                outVals[k] *= scale;
            }
            r *= scale;
            r += num.rhsRelaxation() * Math.max(1.0, Math.abs(r));
        }
        if (!(Math.abs(r) <= num.maxRhs() * (integralCut ? maxAbs : 1.0))) {
            return null;
        }
        double act = 0.0;
        double norm = 0.0;
        for (int k = 0; k < len; k++) {
            act += outVals[k] * snap.x[outCols[k]];
            norm += outVals[k] * outVals[k];
        }
        norm = Math.sqrt(norm);
        double violation = act - r;
        efficacy = violation / norm;
        if (!(efficacy >= num.minEfficacy()) || violation <= 1e-6 * Math.max(1.0, Math.abs(r))) {
            return null;
        }
        return new Cut(kind, java.util.Arrays.copyOf(outCols, len), java.util.Arrays.copyOf(outVals, len), r);
    }
}
