package org.cobalt.milp.presolve;

import java.util.Arrays;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * Parallel columns: {@code x_k} whose column is {@code lambda} times {@code x_j}'s and whose cost is
 * {@code lambda c_j} only ever matters through {@code z = x_j + lambda x_k}. Column {@code j} becomes
 * {@code z} with the summed bounds and {@code k} is removed; postsolve splits {@code z} back within both
 * original domains. Both columns must be continuous, or both integral with {@code lambda = +-1} (an
 * integral {@code z} then splits into integers). Columns with huge finite bounds are left alone.
 */
final class ParallelColumns implements Reduction {

    @Override
    public ReductionKind kind() {
        return ReductionKind.PARALLEL_COLUMNS;
    }

    @Override
    public void apply(WorkingModel w) {
        LongIntHashMap head = new LongIntHashMap();
        int[] next = new int[w.numColumns];
        Arrays.fill(next, -1);
        for (int k = 0; k < w.numColumns && !w.decided(); k++) {
            if (!w.columnAlive[k] || w.columnLength[k] < 1 || hugeBound(w, k)) {
                continue;
            }
            long h = hash(w, k);
            int first = head.getIfAbsent(h, -1);
            boolean merged = false;
            for (int j = first; j >= 0 && !merged; j = next[j]) {
                if (w.columnAlive[j] && w.integral[j] == w.integral[k]) {
                    double lambda = ratio(w, j, k);
                    if (!Double.isNaN(lambda) && admissible(w, j, k, lambda)) {
                        merge(w, j, k, w.integral[j] ? Math.signum(lambda) : lambda);
                        merged = true;
                    }
                }
            }
            if (!merged) {
                next[k] = first;
                head.put(h, k);
            }
        }
    }

    private static boolean hugeBound(WorkingModel w, int j) {
        double l = w.lower[j];
        double u = w.upper[j];
        return (l != Double.NEGATIVE_INFINITY && w.huge(l)) || (u != Double.POSITIVE_INFINITY && w.huge(u));
    }

    private static boolean admissible(WorkingModel w, int j, int k, double lambda) {
        if (w.integral[j] && Math.abs(Math.abs(lambda) - 1.0) > ParallelRows.PARALLEL_TOLERANCE) {
            return false;
        }
        double expected = lambda * w.cost[j];
        return Math.abs(w.cost[k] - expected) <= ParallelRows.PARALLEL_TOLERANCE * Math.max(Math.abs(w.cost[k]), Math.abs(expected));
    }

    private static long hash(WorkingModel w, int j) {
        long h = w.columnLength[j];
        double scale = Double.NaN;
        for (int p = w.columnStart[j]; p < w.columnStart[j + 1]; p++) {
            int k = w.columnEntry[p];
            if (!w.entryAlive[k]) {
                continue;
            }
            if (Double.isNaN(scale)) {
                scale = 1.0 / w.value[k];
            }
            h = h * 0x9E3779B97F4A7C15L + w.entryRow[k];
            h = h * 0x9E3779B97F4A7C15L + Math.round(w.value[k] * scale * 1e6);
        }
        w.addWork(w.columnStart[j + 1] - w.columnStart[j]);
        return h;
    }

    /** The {@code lambda} with column k = lambda * column j, or NaN when they are not parallel. */
    private static double ratio(WorkingModel w, int j, int k) {
        if (w.columnLength[j] != w.columnLength[k]) {
            return Double.NaN;
        }
        int pj = w.columnStart[j];
        int pk = w.columnStart[k];
        double lambda = Double.NaN;
        for (int seen = 0; seen < w.columnLength[k]; seen++, pj++, pk++) {
            while (!w.entryAlive[w.columnEntry[pj]]) {
                pj++;
            }
            while (!w.entryAlive[w.columnEntry[pk]]) {
                pk++;
            }
            int ej = w.columnEntry[pj];
            int ek = w.columnEntry[pk];
            if (w.entryRow[ej] != w.entryRow[ek]) {
                return Double.NaN;
            }
            if (Double.isNaN(lambda)) {
                lambda = w.value[ek] / w.value[ej];
            } else if (Math.abs(w.value[ek] - lambda * w.value[ej]) > ParallelRows.PARALLEL_TOLERANCE * Math.abs(w.value[ek])) {
                return Double.NaN;
            }
        }
        w.addWork(2L * w.columnLength[k]);
        return lambda;
    }

    private void merge(WorkingModel w, int j, int k, double lambda) {
        double lj = w.lower[j];
        double uj = w.upper[j];
        double lk = w.lower[k];
        double uk = w.upper[k];
        double lo = lj + (lambda > 0 ? lambda * lk : lambda * uk);
        double up = uj + (lambda > 0 ? lambda * uk : lambda * lk);
        w.removeColumn(k, new PostsolveStep.Split(j, k, lambda, lj, uj, lk, uk), kind());
        w.lower[j] = Double.isNaN(lo) ? Double.NEGATIVE_INFINITY : lo;
        w.upper[j] = Double.isNaN(up) ? Double.POSITIVE_INFINITY : up;
    }
}
