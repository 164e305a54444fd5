package org.cobalt.submodular.util;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The current ground set of a dynamic run: a subset of {@code [0, universe)} with O(1) add,
 * remove, membership and uniform sampling (dense array plus position index; removal swaps the
 * last element in, so the iteration order is not the insertion order).
 */
public final class LiveSet {

    private final int[] position;
    private int[] dense;
    private int size;

    public LiveSet(int universe) {
        position = new int[universe];
        Arrays.fill(position, -1);
        dense = new int[Math.min(Math.max(16, universe), 1 << 16)];
    }

    public int universe() {
        return position.length;
    }

    public int size() {
        return size;
    }

    public boolean contains(int e) {
        return e >= 0 && e < position.length && position[e] >= 0;
    }

    /** Adds {@code e}; an {@link IllegalArgumentException} if it is out of range or already present. */
    public void add(int e) {
        check(e);
        if (position[e] >= 0) {
            throw new IllegalArgumentException("element " + e + " is already in the ground set");
        }
        if (size == dense.length) {
            dense = Arrays.copyOf(dense, Math.min(position.length, size * 2));
        }
        dense[size] = e;
        position[e] = size++;
    }

    /** Removes {@code e}; an {@link IllegalArgumentException} if it is out of range or absent. */
    public void remove(int e) {
        check(e);
        int p = position[e];
        if (p < 0) {
            throw new IllegalArgumentException("element " + e + " is not in the ground set");
        }
        int last = dense[--size];
        dense[p] = last;
        position[last] = p;
        position[e] = -1;
    }

    /** The {@code i}-th element in the current (unspecified) order. */
    public int get(int i) {
        return dense[i];
    }

    /** A uniformly random element; the set must not be empty. */
    public int sample(RandomGenerator rnd) {
        return dense[rnd.nextInt(size)];
    }

    /** Copy of the elements. */
    public int[] toArray() {
        return Arrays.copyOf(dense, size);
    }

    private void check(int e) {
        if (e < 0 || e >= position.length) {
            throw new IllegalArgumentException("element " + e + " outside the ground set [0, " + position.length + ")");
        }
    }
}
