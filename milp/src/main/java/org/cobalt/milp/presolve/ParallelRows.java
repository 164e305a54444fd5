package org.cobalt.milp.presolve;

import java.util.Arrays;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * Parallel rows: rows whose coefficient vectors are multiples of each other ({@code a_i = lambda a_q}).
 * Rows are bucketed by a hash of their support and coefficients normalized by the first entry, then
 * compared exactly (relative 1e-12). Row {@code i}'s sides, divided by {@code lambda}, are intersected
 * with row {@code q}'s and row {@code i} is dropped; disjoint sides prove infeasibility.
 */
final class ParallelRows implements Reduction {

    /** Relative difference up to which two coefficients count as equal after scaling. */
    static final double PARALLEL_TOLERANCE = 1e-12;

    @Override
    public ReductionKind kind() {
        return ReductionKind.PARALLEL_ROWS;
    }

    @Override
    public void apply(WorkingModel w) {
        LongIntHashMap head = new LongIntHashMap();
        int[] next = new int[w.numRows];
        Arrays.fill(next, -1);
        for (int i = 0; i < w.numRows && !w.decided(); i++) {
            if (!w.rowAlive[i] || w.rowLength[i] < 2) {
                continue;
            }
            long h = hash(w, i);
            int first = head.getIfAbsent(h, -1);
            boolean merged = false;
            for (int q = first; q >= 0 && !merged; q = next[q]) {
                if (w.rowAlive[q]) {
                    double lambda = ratio(w, q, i);
                    if (!Double.isNaN(lambda)) {
                        merge(w, q, i, lambda);
                        merged = true;
                    }
                }
            }
            if (!merged) {
                next[i] = first;
                head.put(h, i);
            }
        }
    }

    private static long hash(WorkingModel w, int i) {
        long h = w.rowLength[i];
        double scale = Double.NaN;
        for (int k = w.rowStart[i]; k < w.rowStart[i + 1]; k++) {
            if (!w.entryAlive[k]) {
                continue;
            }
            if (Double.isNaN(scale)) {
                scale = 1.0 / w.value[k];
            }
            h = h * 0x9E3779B97F4A7C15L + w.entryColumn[k];
            h = h * 0x9E3779B97F4A7C15L + Math.round(w.value[k] * scale * 1e6);
        }
        w.addWork(w.rowStart[i + 1] - w.rowStart[i]);
        return h;
    }

    /** The {@code lambda} with row i = lambda * row q, or NaN when the rows are not parallel. */
    private static double ratio(WorkingModel w, int q, int i) {
        if (w.rowLength[q] != w.rowLength[i]) {
            return Double.NaN;
        }
        int kq = w.rowStart[q];
        int ki = w.rowStart[i];
        double lambda = Double.NaN;
        int seen = 0;
        while (seen < w.rowLength[i]) {
            while (!w.entryAlive[kq]) {
                kq++;
            }
            while (!w.entryAlive[ki]) {
                ki++;
            }
            if (w.entryColumn[kq] != w.entryColumn[ki]) {
                return Double.NaN;
            }
            double aq = w.value[kq];
            double ai = w.value[ki];
            if (Double.isNaN(lambda)) {
                lambda = ai / aq;
            } else if (Math.abs(ai - lambda * aq) > PARALLEL_TOLERANCE * Math.abs(ai)) {
                return Double.NaN;
            }
            kq++;
            ki++;
            seen++;
        }
        w.addWork(2L * w.rowLength[i]);
        return lambda;
    }

    private void merge(WorkingModel w, int q, int i, double lambda) {
        double lo = w.rowLower[i] / lambda;
        double up = w.rowUpper[i] / lambda;
        if (lambda < 0) {
            double t = lo;
            lo = up;
            up = t;
        }
        w.rowLower[q] = Math.max(w.rowLower[q], lo);
        w.rowUpper[q] = Math.min(w.rowUpper[q], up);
        Cleanup.checkSides(w, q);
        w.removeRow(i, kind());
    }
}
