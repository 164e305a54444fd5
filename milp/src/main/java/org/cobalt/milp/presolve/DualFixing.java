package org.cobalt.milp.presolve;

/**
 * Dual fixing. A column has a down-lock in every row that decreasing it could violate (a finite lower
 * side with {@code a > 0}, a finite upper side with {@code a < 0}) and an up-lock in every row that
 * increasing it could violate. If its minimization cost is {@code >= 0} and it has no down-locks, moving
 * it to its lower bound keeps every solution feasible and costs nothing, so it is fixed there; likewise
 * with cost {@code <= 0}, no up-locks and the upper bound. When that bound is infinite and the cost is
 * nonzero, the model is unbounded if it is feasible. Huge finite bounds are left alone.
 */
final class DualFixing implements Reduction {

    @Override
    public ReductionKind kind() {
        return ReductionKind.DUAL_FIXING;
    }

    @Override
    public void apply(WorkingModel w) {
        for (int j = 0; j < w.numColumns && !w.decided(); j++) {
            if (!w.columnAlive[j]) {
                continue;
            }
            int down = 0;
            int up = 0;
            for (int p = w.columnStart[j]; p < w.columnStart[j + 1]; p++) {
                int k = w.columnEntry[p];
                if (!w.entryAlive[k]) {
                    continue;
                }
                int i = w.entryRow[k];
                boolean hasLo = w.rowLower[i] != Double.NEGATIVE_INFINITY;
                boolean hasUp = w.rowUpper[i] != Double.POSITIVE_INFINITY;
                if (w.value[k] > 0) {
                    down += hasLo ? 1 : 0;
                    up += hasUp ? 1 : 0;
                } else {
                    down += hasUp ? 1 : 0;
                    up += hasLo ? 1 : 0;
                }
            }
            w.addWork(w.columnStart[j + 1] - w.columnStart[j]);
            double c = w.minCost(j);
            if (c >= 0 && down == 0 && (c > 0 || w.lower[j] != Double.NEGATIVE_INFINITY)) {
                fix(w, j, w.lower[j], c != 0.0);
            } else if (c <= 0 && up == 0) {
                fix(w, j, w.upper[j], c != 0.0);
            }
        }
    }

    private void fix(WorkingModel w, int j, double bound, boolean improving) {
        if (Double.isInfinite(bound)) {
            if (improving) {
                w.infeasibleOrUnbounded("variable " + w.columnName(j) + " improves the objective without limit and no row stops it");
            }
            return;
        }
        if (w.huge(bound)) {
            return;
        }
        w.fixColumn(j, bound, kind());
    }
}
