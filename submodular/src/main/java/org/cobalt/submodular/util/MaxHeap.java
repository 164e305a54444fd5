package org.cobalt.submodular.util;

import java.util.Arrays;

/**
 * A binary max-heap of {@code (double key, int value)} pairs in primitive arrays. Ties on the key
 * pop the smaller value first, so that runs are reproducible.
 */
public final class MaxHeap {

    private double[] keys;
    private int[] values;
    private int size;

    public MaxHeap(int capacity) {
        keys = new double[Math.max(4, capacity)];
        values = new int[keys.length];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
    }

    public void push(double key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int i = size++;
        keys[i] = key;
        values[i] = value;
        siftUp(i);
    }

    /** Key of the top entry; the heap must not be empty. */
    public double topKey() {
        return keys[0];
    }

    /** Value of the top entry; the heap must not be empty. */
    public int topValue() {
        return values[0];
    }

    /** Removes the top entry. */
    public void pop() {
        size--;
        if (size > 0) {
            keys[0] = keys[size];
            values[0] = values[size];
            siftDown(0);
        }
    }

    private boolean above(int a, int b) {
        return keys[a] > keys[b] || (keys[a] == keys[b] && values[a] < values[b]);
    }

    private void swap(int a, int b) {
        double k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        int v = values[a];
        values[a] = values[b];
        values[b] = v;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (!above(i, p)) {
                return;
            }
            swap(i, p);
            i = p;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int best = l;
            int r = l + 1;
            if (r < size && above(r, l)) {
                best = r;
            }
            if (!above(best, i)) {
                return;
            }
            swap(i, best);
            i = best;
        }
    }
}
