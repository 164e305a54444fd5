package org.cobalt.milp.lp;

import org.cobalt.core.milp.MilpModel;
import org.cobalt.core.milp.SparseMatrix;

/**
 * Independent checks of infeasibility and unboundedness proofs against the original model (no
 * code shared with the engine).
 */
final class Certificates {

    private Certificates() {
    }

    /** Coefficients of {@code A^T y} below this count as zero (floating-point noise on basic columns). */
    static final double NOISE = 1e-9;

    /**
     * The supremum of {@code y^T (A x - s)} over the column and row boxes; a Farkas certificate
     * needs it negative. Positive infinity when an infinite side is weighted by more than noise.
     */
    static double farkasSupremum(MilpModel model, double[] y) {
        SparseMatrix a = model.matrix();
        int n = model.numVariables();
        double sup = 0.0;
        for (int j = 0; j < n; j++) {
            double z = 0.0;
            for (int k = a.columnStart(j); k < a.columnEnd(j); k++) {
                z += y[a.columnRow(k)] * a.columnValue(k);
            }
            sup += maxOver(z, model.lower(j), model.upper(j));
        }
        for (int i = 0; i < model.numRows(); i++) {
            sup += maxOver(-y[i], model.rowLower(i), model.rowUpper(i));
        }
        return sup;
    }

    /** Scale of the certificate terms, to judge the supremum relative to it. */
    static double farkasScale(MilpModel model, double[] y) {
        SparseMatrix a = model.matrix();
        double s = 0.0;
        for (int j = 0; j < model.numVariables(); j++) {
            double z = 0.0;
            for (int k = a.columnStart(j); k < a.columnEnd(j); k++) {
                z += Math.abs(y[a.columnRow(k)] * a.columnValue(k));
            }
            s += z * Math.max(finiteAbs(model.lower(j)), finiteAbs(model.upper(j)));
        }
        for (int i = 0; i < model.numRows(); i++) {
            s += Math.abs(y[i]) * Math.max(finiteAbs(model.rowLower(i)), finiteAbs(model.rowUpper(i)));
        }
        return Math.max(1.0, s);
    }

    private static double finiteAbs(double v) {
        return Double.isInfinite(v) ? 0.0 : Math.abs(v);
    }

    private static double maxOver(double coef, double lo, double up) {
        if (Math.abs(coef) <= NOISE && (Double.isInfinite(lo) || Double.isInfinite(up))) {
            return 0.0;
        }
        if (coef > 0) {
            return up == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : coef * up;
        }
        if (coef < 0) {
            return lo == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : coef * lo;
        }
        return 0.0;
    }

    /**
     * Largest violation of the recession conditions of a ray (relative to its largest entry):
     * {@code r_j > 0} needs {@code u_j = inf}, {@code r_j < 0} needs {@code l_j = -inf}, and likewise
     * for {@code A r} and the row sides.
     */
    static double rayViolation(MilpModel model, double[] r) {
        double scale = 0.0;
        for (double v : r) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double viol = 0.0;
        for (int j = 0; j < model.numVariables(); j++) {
            viol = Math.max(viol, recession(r[j], model.lower(j), model.upper(j)));
        }
        SparseMatrix a = model.matrix();
        for (int i = 0; i < model.numRows(); i++) {
            double ar = 0.0;
            for (int k = a.rowStart(i); k < a.rowEnd(i); k++) {
                ar += a.rowValue(k) * r[a.rowColumn(k)];
            }
            viol = Math.max(viol, recession(ar, model.rowLower(i), model.rowUpper(i)));
        }
        return viol / scale;
    }

    private static double recession(double dir, double lo, double up) {
        if (dir > 0 && up < Double.POSITIVE_INFINITY) {
            return dir;
        }
        if (dir < 0 && lo > Double.NEGATIVE_INFINITY) {
            return -dir;
        }
        return 0.0;
    }

    /** {@code c.r} in the model's sense, made negative-is-improving: sign * c.r. */
    static double improvement(MilpModel model, double[] r) {
        double s = 0.0;
        for (int j = 0; j < model.numVariables(); j++) {
            s += model.cost(j) * r[j];
        }
        return model.sense().sign() * s;
    }
}
