package org.cobalt.milp.lp;

/** Sorting of primitive arrays without boxing. */
final class PrimitiveSort {

    private PrimitiveSort() {
    }

    /**
     * Sorts {@code key[0, n)} ascending and applies the same permutation to {@code payload}
     * (heapsort: in place, O(n log n) worst case; ties in any order).
     */
    static void byKey(double[] key, int[] payload, int n) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(key, payload, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(key, payload, 0, end);
            siftDown(key, payload, 0, end);
        }
    }

    private static void siftDown(double[] key, int[] payload, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && key[child + 1] > key[child]) {
                child++;
            }
            if (!(key[child] > key[i])) {
                return;
            }
            swap(key, payload, i, child);
            i = child;
        }
    }

    private static void swap(double[] key, int[] payload, int a, int b) {
        double k = key[a];
        key[a] = key[b];
        key[b] = k;
        int p = payload[a];
        payload[a] = payload[b];
        payload[b] = p;
    }
}
