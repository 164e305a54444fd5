package org.cobalt.milp.presolve;

/**
 * The reductions that always run, between all others, until nothing changes: empty and free rows are
 * dropped (an empty row whose sides exclude 0 proves infeasibility), fixed columns are substituted out,
 * and empty columns are fixed at the bound their cost prefers. Changes are counted as cleanups.
 */
final class Cleanup {

    private Cleanup() {
    }

    /** Rounds integer bounds inward and checks every domain and row side pair once, before anything else. */
    static void prepare(WorkingModel w) {
        double tol = w.options.integralityTolerance();
        for (int j = 0; j < w.numColumns && !w.decided(); j++) {
            if (w.integral[j]) {
                w.lower[j] = Math.ceil(w.lower[j] - tol) + 0.0;
                w.upper[j] = Math.floor(w.upper[j] + tol) + 0.0;
                if (w.lower[j] > w.upper[j]) {
                    w.infeasible("integer variable " + w.columnName(j) + " has no integer value in its bounds");
                }
            } else if (w.lower[j] > w.upper[j]) {
                if (w.exceedsInf(w.lower[j], w.upper[j])) {
                    w.infeasible("bounds of " + w.columnName(j) + " cross");
                } else {
                    double mid = 0.5 * (w.lower[j] + w.upper[j]);
                    w.lower[j] = mid;
                    w.upper[j] = mid;
                }
            }
        }
        for (int i = 0; i < w.numRows && !w.decided(); i++) {
            checkSides(w, i);
        }
    }

    /** Infeasible when the sides of row {@code i} cross beyond tolerance; tiny crossings become equalities. */
    static void checkSides(WorkingModel w, int i) {
        double lo = w.rowLower[i];
        double up = w.rowUpper[i];
        if (lo > up) {
            if (w.exceedsInf(lo, up)) {
                w.infeasible("row " + w.rowName(i) + " has crossing sides [" + lo + ", " + up + "]");
            } else {
                double mid = 0.5 * (lo + up);
                w.rowLower[i] = mid;
                w.rowUpper[i] = mid;
            }
        }
    }

    /** Runs the cleanups to a fixpoint (or until decided). */
    static void run(WorkingModel w) {
        boolean changed = true;
        while (changed && !w.decided()) {
            changed = false;
            for (int i = 0; i < w.numRows && !w.decided(); i++) {
                if (!w.rowAlive[i]) {
                    continue;
                }
                double lo = w.rowLower[i];
                double up = w.rowUpper[i];
                if (w.rowLength[i] == 0) {
                    if (w.exceedsInf(lo, 0.0) || w.exceedsInf(0.0, up)) {
                        w.infeasible("empty row " + w.rowName(i) + " needs 0 in [" + lo + ", " + up + "]");
                        return;
                    }
                    w.removeRow(i, null);
                    changed = true;
                } else if (lo == Double.NEGATIVE_INFINITY && up == Double.POSITIVE_INFINITY) {
                    w.removeRow(i, null);
                    changed = true;
                }
            }
            for (int j = 0; j < w.numColumns && !w.decided(); j++) {
                if (!w.columnAlive[j]) {
                    continue;
                }
                if (w.isFixed(j)) {
                    double v = w.lower[j] == w.upper[j] ? w.lower[j] : 0.5 * (w.lower[j] + w.upper[j]);
                    w.fixColumn(j, v, null);
                    changed = true;
                } else if (w.columnLength[j] == 0) {
                    fixEmptyColumn(w, j);
                    changed = true;
                }
            }
        }
    }

    private static void fixEmptyColumn(WorkingModel w, int j) {
        double c = w.minCost(j);
        double v;
        if (c > 0) {
            v = w.lower[j];
        } else if (c < 0) {
            v = w.upper[j];
        } else {
            v = Math.min(Math.max(0.0, w.lower[j]), w.upper[j]);
        }
        if (Double.isInfinite(v)) {
            w.infeasibleOrUnbounded("variable " + w.columnName(j) + " is in no row and its cost improves without limit");
            return;
        }
        w.fixColumn(j, v, null);
    }
}
