package org.cobalt.milp.presolve;

/**
 * Minimum and maximum activity of one row over the current bounds, with the infinite contributions
 * counted apart so that residual activities (the row without one entry) stay exact. Bounds that are
 * {@linkplain WorkingModel#huge huge} count as infinite. Reused across rows to avoid allocation.
 */
final class Activity {

    double min;
    double max;
    int minInfinite;
    int maxInfinite;
    /** Sum of the magnitudes of the finite contributions: the scale of the rounding error. */
    double magnitude;
    int length;
    /** Largest coefficient magnitude in the row (kept as an upper bound by {@link #remove}). */
    double maxCoefficient;
    /** True when every finite contribution is an integer, so that all sums are exact. */
    boolean integral;

    /** Integers up to this size add up exactly in double precision (2^52). */
    private static final double EXACT_LIMIT = 4.503599627370496E15;

    /** Computes the activity bounds of live row {@code i}. */
    Activity of(WorkingModel w, int i) {
        min = 0.0;
        max = 0.0;
        minInfinite = 0;
        maxInfinite = 0;
        magnitude = 0.0;
        length = 0;
        maxCoefficient = 0.0;
        integral = true;
        for (int k = w.rowStart[i]; k < w.rowStart[i + 1]; k++) {
            if (!w.entryAlive[k]) {
                continue;
            }
            length++;
            double a = w.value[k];
            int j = w.entryColumn[k];
            maxCoefficient = Math.max(maxCoefficient, Math.abs(a));
            double lo = minContribution(w, a, j);
            double up = maxContribution(w, a, j);
            if (lo == Double.NEGATIVE_INFINITY) {
                minInfinite++;
            } else {
                min += lo;
            }
            if (up == Double.POSITIVE_INFINITY) {
                maxInfinite++;
            } else {
                max += up;
            }
            double m = Math.max(Double.isFinite(lo) ? Math.abs(lo) : 0.0, Double.isFinite(up) ? Math.abs(up) : 0.0);
            magnitude += m;
            integral &= (!Double.isFinite(lo) || lo == Math.rint(lo)) && (!Double.isFinite(up) || up == Math.rint(up));
        }
        integral &= magnitude < EXACT_LIMIT;
        w.addWork(w.rowStart[i + 1] - w.rowStart[i]);
        return this;
    }

    /**
     * Takes entry {@code a x_j} out of the activity (after its column left the row). The magnitude is
     * kept, so the error bound stays an upper bound.
     */
    void remove(WorkingModel w, double a, int j) {
        double lo = minContribution(w, a, j);
        double up = maxContribution(w, a, j);
        if (lo == Double.NEGATIVE_INFINITY) {
            minInfinite--;
        } else {
            min -= lo;
        }
        if (up == Double.POSITIVE_INFINITY) {
            maxInfinite--;
        } else {
            max -= up;
        }
        length--;
    }

    /** Smallest value of {@code a * x_j}; {@code -inf} when unbounded or huge. */
    static double minContribution(WorkingModel w, double a, int j) {
        double b = a > 0 ? w.lower[j] : w.upper[j];
        return w.huge(b) ? Double.NEGATIVE_INFINITY : a * b;
    }

    /** Largest value of {@code a * x_j}; {@code +inf} when unbounded or huge. */
    static double maxContribution(WorkingModel w, double a, int j) {
        double b = a > 0 ? w.upper[j] : w.lower[j];
        return w.huge(b) ? Double.POSITIVE_INFINITY : a * b;
    }

    /** Minimum activity, {@code -inf} when some contribution is unbounded. */
    double minActivity() {
        return minInfinite > 0 ? Double.NEGATIVE_INFINITY : min;
    }

    /** Maximum activity, {@code +inf} when some contribution is unbounded. */
    double maxActivity() {
        return maxInfinite > 0 ? Double.POSITIVE_INFINITY : max;
    }

    /** Minimum activity of the row without the entry whose minimum contribution is {@code contribution}. */
    double minResidual(double contribution) {
        if (contribution == Double.NEGATIVE_INFINITY) {
            return minInfinite == 1 ? min : Double.NEGATIVE_INFINITY;
        }
        return minInfinite == 0 ? min - contribution : Double.NEGATIVE_INFINITY;
    }

    /** Maximum activity of the row without the entry whose maximum contribution is {@code contribution}. */
    double maxResidual(double contribution) {
        if (contribution == Double.POSITIVE_INFINITY) {
            return maxInfinite == 1 ? max : Double.POSITIVE_INFINITY;
        }
        return maxInfinite == 0 ? max - contribution : Double.POSITIVE_INFINITY;
    }

    /**
     * A bound on the absolute rounding error of any activity or residual computed here: zero on integral
     * data, where every sum is exact.
     */
    double error() {
        return integral ? 0.0 : (length + 2) * 2.3e-16 * magnitude;
    }
}
