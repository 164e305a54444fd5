package org.cobalt.milp.presolve;

/**
 * A row {@code lo <= a x_j <= up} with one live entry becomes the bounds {@code [lo/a, up/a]} of
 * {@code x_j} (swapped when {@code a < 0}, rounded inward for integers) and is dropped. The bound is
 * applied exactly, however small the change, because the row no longer guards it.
 */
final class SingletonRows implements Reduction {

    @Override
    public ReductionKind kind() {
        return ReductionKind.SINGLETON_ROWS;
    }

    @Override
    public void apply(WorkingModel w) {
        for (int i = 0; i < w.numRows && !w.decided(); i++) {
            if (!w.rowAlive[i] || w.rowLength[i] != 1) {
                continue;
            }
            int k = w.rowStart[i];
            while (!w.entryAlive[k]) {
                k++;
            }
            int j = w.entryColumn[k];
            double a = w.value[k];
            double lo = w.rowLower[i] / a;
            double up = w.rowUpper[i] / a;
            if (a < 0) {
                double t = lo;
                lo = up;
                up = t;
            }
            w.addWork(w.rowStart[i + 1] - w.rowStart[i]);
            w.tightenLower(j, lo, true, kind());
            w.tightenUpper(j, up, true, kind());
            if (!w.decided()) {
                w.removeRow(i, kind());
            }
        }
    }
}
