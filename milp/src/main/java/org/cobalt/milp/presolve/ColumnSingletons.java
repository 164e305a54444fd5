package org.cobalt.milp.presolve;

/**
 * Continuous variables that appear in one row only.
 *
 * <ul>
 *   <li>Implied free ({@code x_j}'s bounds follow from the row and the other variables' bounds) in an
 *       equality row: {@code x_j = (b - rest) / a_j} is substituted into the objective, and the row and
 *       the column are removed. Postsolve recomputes {@code x_j} from the row.</li>
 *   <li>Implied free in an inequality row with nonzero cost: the objective pushes {@code x_j} until the
 *       row binds, so the row becomes an equality at that side (or the model is unbounded if feasible
 *       when that side is infinite), then it is substituted as above.</li>
 *   <li>Zero cost (implied free or not): {@code x_j} is a slack. The row's sides widen by
 *       {@code a_j x_j}'s range ({@code lo - max(a_j x_j) <= rest <= up - min(a_j x_j)}), the column goes,
 *       and postsolve picks a value of {@code x_j} that satisfies the original row.</li>
 * </ul>
 * Integer singletons are left alone: these moves do not keep integrality.
 */
final class ColumnSingletons implements Reduction {

    /**
     * A substitution divides by the singleton's coefficient; below this fraction of the row's largest
     * coefficient the division would amplify rounding errors, so the column stays.
     */
    private static final double MIN_PIVOT_RATIO = 1e-3;

    /** Costs this small relative to their terms after a substitution are cancellation noise. */
    private static final double COST_CANCELLATION = 1e-14;

    private final Activity act = new Activity();
    /** The postsolve record of the zero-cost slacks removed from the current row in this pass. */
    private PostsolveStep.SlackGroup slacks;

    @Override
    public ReductionKind kind() {
        return ReductionKind.COLUMN_SINGLETONS;
    }

    @Override
    public void apply(WorkingModel w) {
        // row by row, so that a row's activity is computed once however many singletons it holds
        for (int i = 0; i < w.numRows && !w.decided(); i++) {
            if (!w.rowAlive[i] || w.rowLength[i] < 2) {
                continue; // singleton rows are SingletonRows' job
            }
            boolean computed = false;
            slacks = null;
            for (int k = w.rowStart[i]; k < w.rowStart[i + 1] && w.rowAlive[i] && !w.decided(); k++) {
                int j = w.entryColumn[k];
                if (!w.entryAlive[k] || w.columnLength[j] != 1 || w.integral[j] || w.rowLength[i] < 2) {
                    continue;
                }
                if (!computed) {
                    act.of(w, i);
                    computed = true;
                }
                singleton(w, j, k, i);
            }
        }
    }

    /** Handles continuous singleton {@code j} (entry {@code k}) of row {@code i}; {@link #act} is row i's activity. */
    private void singleton(WorkingModel w, int j, int k, int i) {
        double a = w.value[k];
        double lo = w.rowLower[i];
        double up = w.rowUpper[i];
        double err = act.error() / Math.abs(a);
        double minRest = act.minResidual(Activity.minContribution(w, a, j));
        double maxRest = act.maxResidual(Activity.maxContribution(w, a, j));
        // bounds of x_j implied by the row: (side - rest) / a
        double fromLo = lo == Double.NEGATIVE_INFINITY || maxRest == Double.POSITIVE_INFINITY
                ? (a > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : (lo - maxRest) / a;
        double fromUp = up == Double.POSITIVE_INFINITY || minRest == Double.NEGATIVE_INFINITY
                ? (a > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY) : (up - minRest) / a;
        double impliedLower = a > 0 ? fromLo : fromUp;
        double impliedUpper = a > 0 ? fromUp : fromLo;
        double feas = w.options.feasibilityTolerance();
        double l = w.lower[j];
        double u = w.upper[j];
        // an infinite bound is trivially implied; a finite one, however large, must really be implied,
        // or the substituted value could break it (and "unbounded" below could be wrong)
        boolean lowerImplied = l == Double.NEGATIVE_INFINITY
                || impliedLower - err >= l - feas * Math.max(1.0, Math.abs(l));
        boolean upperImplied = u == Double.POSITIVE_INFINITY
                || impliedUpper + err <= u + feas * Math.max(1.0, Math.abs(u));
        double c = w.minCost(j);
        if (lowerImplied && upperImplied && Math.abs(a) >= MIN_PIVOT_RATIO * act.maxCoefficient) {
            if (lo != up && c != 0.0) {
                // the objective moves x_j until the row binds: decreasing x_j (c > 0) moves the activity
                // towards lo when a > 0, towards up when a < 0
                double side = (c > 0) == (a > 0) ? lo : up;
                if (Double.isInfinite(side)) {
                    w.infeasibleOrUnbounded("continuous singleton " + w.columnName(j)
                            + " improves the objective without limit in row " + w.rowName(i));
                    return;
                }
                w.rowLower[i] = side;
                w.rowUpper[i] = side;
                w.count(kind());
                lo = side;
                up = side;
            }
            if (lo == up) {
                substitute(w, j, i, a, lo);
                return;
            }
        }
        if (c == 0.0) {
            act.remove(w, a, j);
            removeSlack(w, j, i, a, lo, up);
        }
    }

    private void substitute(WorkingModel w, int j, int i, double a, double rhs) {
        int[] cols = w.rowColumnsExcept(i, j);
        double[] vals = w.rowValuesExcept(i, j);
        double cj = w.cost[j];
        if (cj != 0.0) {
            w.addConstant(cj * rhs / a);
            for (int t = 0; t < cols.length; t++) {
                double delta = cj * vals[t] / a;
                double old = w.cost[cols[t]];
                double updated = old - delta;
                if (Math.abs(updated) <= COST_CANCELLATION * (Math.abs(old) + Math.abs(delta))) {
                    updated = 0.0;
                }
                w.cost[cols[t]] = updated;
            }
        }
        w.addWork(cols.length);
        w.removeColumn(j, new PostsolveStep.Substitute(j, a, cols, vals, rhs), kind());
        w.removeRow(i, kind());
    }

    private void removeSlack(WorkingModel w, int j, int i, double a, double lo, double up) {
        double l = w.lower[j];
        double u = w.upper[j];
        double minTerm = a > 0 ? a * l : a * u;
        double maxTerm = a > 0 ? a * u : a * l;
        double newLo = lo == Double.NEGATIVE_INFINITY || maxTerm == Double.POSITIVE_INFINITY
                ? Double.NEGATIVE_INFINITY : lo - maxTerm;
        double newUp = up == Double.POSITIVE_INFINITY || minTerm == Double.NEGATIVE_INFINITY
                ? Double.POSITIVE_INFINITY : up - minTerm;
        boolean first = slacks == null;
        if (first) {
            slacks = new PostsolveStep.SlackGroup(w.rowColumnsExcept(i, -1), w.rowValuesExcept(i, -1), lo, up);
            w.addWork(w.rowLength[i]);
        }
        int position = slacks.position(j);
        if (position < 0) {
            throw new IllegalStateException("column " + w.columnName(j) + " missing from its row's snapshot");
        }
        slacks.add(position, l, u);
        w.removeColumn(j, first ? slacks : null, kind());
        w.rowLower[i] = newLo;
        w.rowUpper[i] = newUp;
    }
}
