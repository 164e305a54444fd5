package org.cobalt.routing;

/** Primitive sorting helpers (no boxing) for hot set-up code such as savings and greedy-edge lists. */
public final class IndexSort {

    private IndexSort() {
    }

    /**
     * Indices {@code 0..key.length-1} ordered by increasing key; equal keys keep index order (a
     * stable merge sort, O(m log m)).
     */
    public static int[] ascending(double[] key) {
        int m = key.length;
        int[] a = new int[m];
        for (int i = 0; i < m; i++) {
            a[i] = i;
        }
        int[] b = new int[m];
        for (int width = 1; width < m; width *= 2) {
            for (int lo = 0; lo < m; lo += 2 * width) {
                int mid = Math.min(lo + width, m);
                int hi = Math.min(lo + 2 * width, m);
                int i = lo;
                int j = mid;
                int t = lo;
                while (i < mid && j < hi) {
                    b[t++] = key[a[j]] < key[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[t++] = a[i++];
                }
                while (j < hi) {
                    b[t++] = a[j++];
                }
            }
            int[] swap = a;
            a = b;
            b = swap;
        }
        return a;
    }
}
