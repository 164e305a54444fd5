package org.cobalt.milp.cuts;

/**
 * A base inequality {@code sum_k a_k z_k <= rhs} over columns and row logicals (numbering of
 * {@link LpSnapshot}), built as an aggregation of the LP's rows in their exact form
 * {@code a_i x - s_i = 0}. Any weights give a valid equality, so the validity of cuts derived from
 * it does not depend on how the weights were found (e.g. from an inexact basis inverse).
 */
final class BaseRow {

    final SparseAccumulator coef;
    double rhs;
    private final LpSnapshot snap;

    BaseRow(LpSnapshot snap) {
        this.snap = snap;
        this.coef = new SparseAccumulator(snap.n + snap.m);
    }

    void clear() {
        coef.clear();
        rhs = 0.0;
    }

    /** Adds {@code w (a_i x - s_i) = 0}. */
    void addRow(int i, double w) {
        for (int k = snap.rowStart[i]; k < snap.rowStart[i + 1]; k++) {
            coef.add(snap.rowCol[k], w * snap.rowVal[k]);
        }
        coef.add(snap.n + i, -w);
    }

    void negate() {
        for (int p = 0; p < coef.count; p++) {
            int k = coef.index[p];
            coef.values[k] = -coef.values[k];
        }
        rhs = -rhs;
    }

    void copyFrom(BaseRow other) {
        coef.copyFrom(other.coef);
        rhs = other.rhs;
    }
}
