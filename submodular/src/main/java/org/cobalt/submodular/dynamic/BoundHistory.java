package org.cobalt.submodular.dynamic;

import java.util.Arrays;

/**
 * Per element, a stack of marginal-gain bounds {@code (stamp, bound)}, stamps strictly increasing:
 * {@code bound = f(e | S_<stamp)} for the greedy prefix of length {@code stamp} at evaluation time.
 * By submodularity each entry is an upper bound on the gain at every later step as long as the
 * prefix it was computed against is unchanged; truncating the greedy sequence at position {@code p}
 * drops the entries with stamps above {@code p}. Entries live in pooled primitive arrays.
 */
final class BoundHistory {

    private final int[] head;
    private int[] stamp = new int[1024];
    private double[] bound = new double[1024];
    private int[] below = new int[1024];
    private int free = -1;
    private int used;

    BoundHistory(int universe) {
        head = new int[universe];
        Arrays.fill(head, -1);
    }

    boolean isEmpty(int e) {
        return head[e] < 0;
    }

    /** Stamp of the newest entry; the history must not be empty. */
    int topStamp(int e) {
        return stamp[head[e]];
    }

    /** Bound of the newest entry; the history must not be empty. */
    double topBound(int e) {
        return bound[head[e]];
    }

    /** Records {@code f(e | S_<s) = b}; replaces the newest entry when it has the same stamp. */
    void push(int e, int s, double b) {
        int h = head[e];
        if (h >= 0 && stamp[h] == s) {
            bound[h] = b;
            return;
        }
        int slot = allocate();
        stamp[slot] = s;
        bound[slot] = b;
        below[slot] = h;
        head[e] = slot;
    }

    /** Drops entries with stamps above {@code p}. */
    void truncate(int e, int p) {
        int h = head[e];
        while (h >= 0 && stamp[h] > p) {
            int next = below[h];
            release(h);
            h = next;
        }
        head[e] = h;
    }

    /** Drops all entries of {@code e}. */
    void clear(int e) {
        truncate(e, -1);
    }

    private int allocate() {
        if (free >= 0) {
            int s = free;
            free = below[s];
            return s;
        }
        if (used == stamp.length) {
            int cap = used * 2;
            stamp = Arrays.copyOf(stamp, cap);
            bound = Arrays.copyOf(bound, cap);
            below = Arrays.copyOf(below, cap);
        }
        return used++;
    }

    private void release(int slot) {
        below[slot] = free;
        free = slot;
    }
}
