package org.cobalt.milp.presolve;

/**
 * Compares each row's sides with its activity bounds: a side that the activity can never violate
 * (within the feasibility tolerance) is dropped, a row with both sides dropped is removed, and a side
 * that the activity can never reach (beyond the infeasibility tolerance) proves the model infeasible.
 */
final class RedundantRows implements Reduction {

    private final Activity act = new Activity();

    @Override
    public ReductionKind kind() {
        return ReductionKind.REDUNDANT_ROWS;
    }

    @Override
    public void apply(WorkingModel w) {
        double feas = w.options.feasibilityTolerance();
        double inf = w.options.infeasibilityTolerance();
        for (int i = 0; i < w.numRows && !w.decided(); i++) {
            if (!w.rowAlive[i]) {
                continue;
            }
            double lo = w.rowLower[i];
            double up = w.rowUpper[i];
            act.of(w, i);
            double min = act.minActivity();
            double max = act.maxActivity();
            double err = act.error();
            if (lo != Double.NEGATIVE_INFINITY && max != Double.POSITIVE_INFINITY
                    && lo - (max + err) > inf * Math.max(1.0, Math.abs(lo))) {
                w.infeasible("row " + w.rowName(i) + " needs activity >= " + lo + " but reaches at most " + max);
                return;
            }
            if (up != Double.POSITIVE_INFINITY && min != Double.NEGATIVE_INFINITY
                    && (min - err) - up > inf * Math.max(1.0, Math.abs(up))) {
                w.infeasible("row " + w.rowName(i) + " needs activity <= " + up + " but is at least " + min);
                return;
            }
            boolean loRedundant = lo == Double.NEGATIVE_INFINITY
                    || (min != Double.NEGATIVE_INFINITY && min - err >= lo - feas * Math.max(1.0, Math.abs(lo)));
            boolean upRedundant = up == Double.POSITIVE_INFINITY
                    || (max != Double.POSITIVE_INFINITY && max + err <= up + feas * Math.max(1.0, Math.abs(up)));
            if (loRedundant && upRedundant) {
                w.removeRow(i, kind());
            } else if (loRedundant && lo != Double.NEGATIVE_INFINITY) {
                w.rowLower[i] = Double.NEGATIVE_INFINITY;
                w.count(kind());
            } else if (upRedundant && up != Double.POSITIVE_INFINITY) {
                w.rowUpper[i] = Double.POSITIVE_INFINITY;
                w.count(kind());
            }
        }
    }
}
