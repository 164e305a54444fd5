package org.cobalt.routing.tsp;

import org.cobalt.routing.Metrics;

/**
 * A closed tour as an order array plus its inverse (node to position). Successor and predecessor
 * are O(1); a 2-opt move reverses whichever side of the tour is shorter, so a move costs
 * O(min(k, n-k)) for a segment of k nodes. An optional journal records every write so that a
 * rejected perturbation can be undone in time proportional to the work it did (used by the
 * iterated local search instead of O(n) copies).
 */
public final class ArrayTour {

    private final int n;
    private final int[] order;
    private final int[] pos;
    private int[] journal = new int[64];
    private int journalSize;
    private boolean journaling;

    /** A tour visiting the nodes in the given order (a permutation of 0..n-1). */
    public ArrayTour(int[] order) {
        this.n = order.length;
        if (!Metrics.isPermutation(order, n)) {
            throw new IllegalArgumentException("not a permutation of 0.." + (n - 1));
        }
        this.order = order.clone();
        this.pos = new int[n];
        for (int i = 0; i < n; i++) {
            pos[order[i]] = i;
        }
    }

    public int size() {
        return n;
    }

    /** The node at a position. */
    public int at(int position) {
        return order[position];
    }

    /** The position of a node. */
    public int position(int node) {
        return pos[node];
    }

    public int next(int node) {
        int p = pos[node] + 1;
        return order[p == n ? 0 : p];
    }

    public int prev(int node) {
        int p = pos[node];
        return order[p == 0 ? n - 1 : p - 1];
    }

    /** Copy of the visiting order. */
    public int[] toArray() {
        return order.clone();
    }

    /**
     * Replaces edges {a,b} and {c,d} by {a,c} and {b,d}. The edges must be tour edges with the same
     * orientation: either b = next(a) and d = next(c), or b = prev(a) and d = prev(c).
     */
    public void twoOptMove(int a, int b, int c, int d) {
        if (next(a) == b) {
            reversePath(b, c);
        } else {
            reversePath(a, d);
        }
    }

    /**
     * Reverses the path that runs forward from {@code from} to {@code to}; when that path is longer
     * than half the tour it reverses the complementary path instead, which yields the same cycle.
     */
    public void reversePath(int from, int to) {
        int i = pos[from];
        int j = pos[to];
        int len = j - i;
        if (len < 0) {
            len += n;
        }
        len += 1;
        if (2 * len > n) {
            int ni = j + 1;
            int nj = i - 1;
            i = ni == n ? 0 : ni;
            j = nj < 0 ? n - 1 : nj;
            len = n - len;
        }
        for (int s = 0; s < len / 2; s++) {
            int u = order[i];
            int v = order[j];
            set(i, v);
            set(j, u);
            i = i + 1 == n ? 0 : i + 1;
            j = j == 0 ? n - 1 : j - 1;
        }
    }

    /**
     * Moves the block at positions {@code [p+1 .. q]} behind the block {@code [q+1 .. r]}
     * (positions taken cyclically, {@code p < q < r} in the forward sense): A B C becomes A C B.
     * Costs O(r - p); used for local double-bridge kicks.
     */
    void swapAdjacentBlocks(int p, int q, int r) {
        int lenB = Math.floorMod(q - p, n);
        int lenC = Math.floorMod(r - q, n);
        int[] tmp = new int[lenB + lenC];
        for (int t = 0; t < lenC; t++) {
            tmp[t] = order[(q + 1 + t) % n];
        }
        for (int t = 0; t < lenB; t++) {
            tmp[lenC + t] = order[(p + 1 + t) % n];
        }
        for (int t = 0; t < tmp.length; t++) {
            set((p + 1 + t) % n, tmp[t]);
        }
    }

    private void set(int position, int node) {
        if (journaling) {
            if (journalSize + 2 > journal.length) {
                journal = java.util.Arrays.copyOf(journal, journal.length * 2);
            }
            journal[journalSize++] = position;
            journal[journalSize++] = order[position];
        }
        order[position] = node;
        pos[node] = position;
    }

    /** Starts recording writes (clearing any earlier record). */
    public void beginJournal() {
        journaling = true;
        journalSize = 0;
    }

    /** Keeps the changes since {@link #beginJournal()} and stops recording. */
    public void commitJournal() {
        journaling = false;
        journalSize = 0;
    }

    /** Undoes every change since {@link #beginJournal()} and stops recording. */
    public void rollbackJournal() {
        journaling = false;
        for (int s = journalSize - 2; s >= 0; s -= 2) {
            int position = journal[s];
            int node = journal[s + 1];
            order[position] = node;
            pos[node] = position;
        }
        journalSize = 0;
    }

    /** Number of writes recorded since {@link #beginJournal()}. */
    int journalWrites() {
        return journalSize / 2;
    }
}
