package org.cobalt.milp.presolve;

/**
 * Activity-based bound tightening: for every entry {@code a x_j} of a row with a finite side, the
 * residual activity of the other entries bounds {@code x_j}, e.g. {@code x_j <= (up - minRest) / a}
 * for {@code a > 0}. Derived bounds are loosened by the activity's rounding error, rounded inward for
 * integers, and applied to continuous variables only when they move by a meaningful amount; huge
 * bounds are ignored. Forcing rows (minimum activity equal to the upper side) fix their variables
 * this way. The activity is not refreshed within a row: stale values are looser, so still valid.
 */
final class BoundTightening implements Reduction {

    private final Activity act = new Activity();

    @Override
    public ReductionKind kind() {
        return ReductionKind.BOUND_TIGHTENING;
    }

    @Override
    public void apply(WorkingModel w) {
        for (int i = 0; i < w.numRows && !w.decided(); i++) {
            if (!w.rowAlive[i]) {
                continue;
            }
            double lo = w.rowLower[i];
            double up = w.rowUpper[i];
            act.of(w, i);
            boolean useUp = up != Double.POSITIVE_INFINITY && act.minInfinite <= 1;
            boolean useLo = lo != Double.NEGATIVE_INFINITY && act.maxInfinite <= 1;
            if (!useUp && !useLo) {
                continue;
            }
            double err = act.error();
            for (int k = w.rowStart[i]; k < w.rowStart[i + 1] && !w.decided(); k++) {
                if (!w.entryAlive[k]) {
                    continue;
                }
                double a = w.value[k];
                int j = w.entryColumn[k];
                double slack = err / Math.abs(a);
                if (useUp) {
                    double rest = act.minResidual(Activity.minContribution(w, a, j));
                    if (rest != Double.NEGATIVE_INFINITY) {
                        double b = (up - rest) / a;
                        if (a > 0) {
                            w.tightenUpper(j, b + slack, false, kind());
                        } else {
                            w.tightenLower(j, b - slack, false, kind());
                        }
                    }
                }
                if (useLo && !w.decided()) {
                    double rest = act.maxResidual(Activity.maxContribution(w, a, j));
                    if (rest != Double.POSITIVE_INFINITY) {
                        double b = (lo - rest) / a;
                        if (a > 0) {
                            w.tightenLower(j, b - slack, false, kind());
                        } else {
                            w.tightenUpper(j, b + slack, false, kind());
                        }
                    }
                }
            }
        }
    }
}
