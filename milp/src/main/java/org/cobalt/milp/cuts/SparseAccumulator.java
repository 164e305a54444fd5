package org.cobalt.milp.cuts;

import java.util.Arrays;

/**
 * A dense vector with a list of its touched indices, for row aggregation without scanning every
 * variable: {@link #add} records an index the first time it becomes nonzero, {@link #clear} resets
 * only the touched entries. Entries may cancel to zero and stay listed.
 */
final class SparseAccumulator {

    final double[] values;
    final int[] index;
    final boolean[] listed;
    int count;

    SparseAccumulator(int size) {
        values = new double[size];
        index = new int[size];
        listed = new boolean[size];
    }

    void add(int k, double v) {
        if (!listed[k]) {
            listed[k] = true;
            index[count++] = k;
        }
        values[k] += v;
    }

    void set(int k, double v) {
        if (!listed[k]) {
            listed[k] = true;
            index[count++] = k;
        }
        values[k] = v;
    }

    void clear() {
        for (int p = 0; p < count; p++) {
            int k = index[p];
            values[k] = 0.0;
            listed[k] = false;
        }
        count = 0;
    }

    void copyFrom(SparseAccumulator other) {
        clear();
        for (int p = 0; p < other.count; p++) {
            int k = other.index[p];
            set(k, other.values[k]);
        }
    }

    /** Sorts the listed indices (for deterministic output order). */
    void sortIndex() {
        Arrays.sort(index, 0, count);
    }
}
