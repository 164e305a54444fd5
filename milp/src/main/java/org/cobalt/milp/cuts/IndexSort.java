package org.cobalt.milp.cuts;

/** Sorting of parallel primitive arrays (no boxing): ascending key, ties by ascending item. */
final class IndexSort {

    private IndexSort() {
    }

    /** Sorts the first {@code count} entries of {@code items}/{@code keys} together (heapsort). */
    static void byKey(int[] items, double[] keys, int count) {
        for (int i = count / 2 - 1; i >= 0; i--) {
            sift(items, keys, i, count);
        }
        for (int end = count - 1; end > 0; end--) {
            swap(items, keys, 0, end);
            sift(items, keys, 0, end);
        }
    }

    private static boolean less(int[] items, double[] keys, int a, int b) {
        int c = Double.compare(keys[a], keys[b]);
        return c < 0 || (c == 0 && items[a] < items[b]);
    }

    private static void sift(int[] items, double[] keys, int i, int size) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int big = l;
            if (l + 1 < size && less(items, keys, l, l + 1)) {
                big = l + 1;
            }
            if (!less(items, keys, i, big)) {
                return;
            }
            swap(items, keys, i, big);
            i = big;
        }
    }

    private static void swap(int[] items, double[] keys, int a, int b) {
        int t = items[a];
        items[a] = items[b];
        items[b] = t;
        double k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
    }
}
