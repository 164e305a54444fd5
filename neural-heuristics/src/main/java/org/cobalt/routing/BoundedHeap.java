package org.cobalt.routing;

/**
 * A max-heap of at most k (key, value) pairs kept in two caller-owned arrays, used to collect the
 * k smallest keys without allocation. Pairs compare by key, then by value, so results are
 * deterministic under ties.
 */
final class BoundedHeap {

    private BoundedHeap() {
    }

    private static boolean greater(double ka, int va, double kb, int vb) {
        return ka > kb || (ka == kb && va > vb);
    }

    /** Offers a pair; returns the new size. */
    static int offer(double[] keys, int[] vals, int size, int k, double key, int val) {
        if (size < k) {
            int i = size;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!greater(key, val, keys[parent], vals[parent])) {
                    break;
                }
                keys[i] = keys[parent];
                vals[i] = vals[parent];
                i = parent;
            }
            keys[i] = key;
            vals[i] = val;
            return size + 1;
        }
        if (!greater(keys[0], vals[0], key, val)) {
            return size;
        }
        siftDown(keys, vals, size, key, val);
        return size;
    }

    private static void siftDown(double[] keys, int[] vals, int size, double key, int val) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                break;
            }
            int r = l + 1;
            int c = r < size && greater(keys[r], vals[r], keys[l], vals[l]) ? r : l;
            if (!greater(keys[c], vals[c], key, val)) {
                break;
            }
            keys[i] = keys[c];
            vals[i] = vals[c];
            i = c;
        }
        keys[i] = key;
        vals[i] = val;
    }

    /** Empties the heap into {@code out[offset ..]} in increasing order; destroys the heap. */
    static void drainSorted(double[] keys, int[] vals, int size, int[] out, int offset) {
        for (int s = size; s > 0; s--) {
            out[offset + s - 1] = vals[0];
            double lastKey = keys[s - 1];
            int lastVal = vals[s - 1];
            if (s - 1 > 0) {
                siftDown(keys, vals, s - 1, lastKey, lastVal);
            }
        }
    }
}
