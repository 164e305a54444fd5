package org.cobalt.milp.presolve;

/**
 * Coefficient strengthening (Savelsbergh 1994) and side rounding.
 *
 * <p>For a one-sided row written as {@code a.x <= b} (a {@code >=} row is negated) with finite maximum
 * activity {@code M > b}, an integer variable with {@code a_j > 0} and finite upper bound {@code u} for
 * which {@code d = b - (M - a_j) > 0} (the row cannot bind unless {@code x_j = u}) gets
 * {@code a_j -= d, b -= d u}; with {@code a_j < 0}, finite lower bound {@code l} and
 * {@code d = b - (M + a_j) > 0}: {@code a_j += d, b += d l}. Both rows hold at exactly the same points
 * with integral {@code x_j} within its bounds, and the new LP relaxation is tighter. {@code M} is
 * overestimated by its rounding error so that {@code d} never comes out too large.
 *
 * <p>Rows whose variables are all integral with integral coefficients get their sides rounded to
 * multiples of the coefficients' greatest common divisor, since their activity is such a multiple.
 */
final class CoefficientTightening implements Reduction {

    /** Relative size a coefficient change must have to be worth making. */
    private static final double MIN_CHANGE = 1e-6;
    /** Coefficients within this distance of an integer count as integral for side rounding. */
    private static final double INTEGRAL_COEFFICIENT = 1e-9;
    private static final double MAX_GCD_COEFFICIENT = 1e9;

    private final Activity act = new Activity();

    @Override
    public ReductionKind kind() {
        return ReductionKind.COEFFICIENT_TIGHTENING;
    }

    @Override
    public void apply(WorkingModel w) {
        for (int i = 0; i < w.numRows && !w.decided(); i++) {
            if (!w.rowAlive[i] || w.rowLength[i] < 2) {
                continue;
            }
            strengthen(w, i);
            if (w.rowAlive[i]) {
                roundSides(w, i);
            }
        }
    }

    private void strengthen(WorkingModel w, int i) {
        boolean le = w.rowUpper[i] != Double.POSITIVE_INFINITY;
        boolean ge = w.rowLower[i] != Double.NEGATIVE_INFINITY;
        if (le == ge) {
            return;
        }
        double s = le ? 1.0 : -1.0;
        double b = le ? w.rowUpper[i] : -w.rowLower[i];
        act.of(w, i);
        double max = le ? act.maxActivity() : -act.minActivity();
        if (max == Double.POSITIVE_INFINITY) {
            return;
        }
        max += act.error();
        if (max <= b + w.options.feasibilityTolerance() * Math.max(1.0, Math.abs(b))) {
            return; // (nearly) redundant: RedundantRows drops it, and a tiny M - b would make a tiny coefficient
        }
        boolean changed = false;
        for (int k = w.rowStart[i]; k < w.rowStart[i + 1]; k++) {
            if (!w.entryAlive[k]) {
                continue;
            }
            int j = w.entryColumn[k];
            if (!w.integral[j]) {
                continue;
            }
            double a = s * w.value[k];
            double d;
            if (a > 0 && !w.huge(w.upper[j])) {
                d = b - (max - a);
                if (d > MIN_CHANGE * Math.max(1.0, a)) {
                    double u = w.upper[j];
                    w.setValue(k, s * (a - d));
                    b -= d * u;
                    max -= d * u;
                    changed = true;
                    w.count(kind());
                }
            } else if (a < 0 && !w.huge(w.lower[j])) {
                d = b - (max + a);
                if (d > MIN_CHANGE * Math.max(1.0, -a)) {
                    double l = w.lower[j];
                    w.setValue(k, s * (a + d));
                    b += d * l;
                    max += d * l;
                    changed = true;
                    w.count(kind());
                }
            }
        }
        if (changed) {
            if (le) {
                w.rowUpper[i] = b;
            } else {
                w.rowLower[i] = -b;
            }
        }
    }

    private static void roundSides(WorkingModel w, int i) {
        long g = 0;
        for (int k = w.rowStart[i]; k < w.rowStart[i + 1]; k++) {
            if (!w.entryAlive[k]) {
                continue;
            }
            double a = Math.abs(w.value[k]);
            double r = Math.rint(a);
            if (!w.integral[w.entryColumn[k]] || Math.abs(a - r) > INTEGRAL_COEFFICIENT || r > MAX_GCD_COEFFICIENT) {
                return;
            }
            g = gcd(g, (long) r);
        }
        if (g <= 0) {
            return;
        }
        double tol = w.options.integralityTolerance();
        double lo = w.rowLower[i];
        double up = w.rowUpper[i];
        if (lo != Double.NEGATIVE_INFINITY) {
            double nl = g * Math.ceil(lo / g - tol);
            if (nl > lo + w.options.feasibilityTolerance() * Math.max(1.0, Math.abs(lo))) {
                w.rowLower[i] = nl;
                w.count(ReductionKind.COEFFICIENT_TIGHTENING);
            }
        }
        if (up != Double.POSITIVE_INFINITY) {
            double nu = g * Math.floor(up / g + tol);
            if (nu < up - w.options.feasibilityTolerance() * Math.max(1.0, Math.abs(up))) {
                w.rowUpper[i] = nu;
                w.count(ReductionKind.COEFFICIENT_TIGHTENING);
            }
        }
        if (w.rowLower[i] > w.rowUpper[i]) {
            w.infeasible("all-integer row " + w.rowName(i) + " has no multiple of " + g + " in [" + lo + ", " + up + "]");
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
