package org.cobalt.scheduling.exact;

import java.util.Arrays;

/**
 * What is known about one job set at different start times. The optimum {@code F(S, t)} of a set
 * started at {@code t} never decreases with {@code t} and grows by at most {@code |S|} per unit of
 * time (each job's tardiness grows by at most the shift), so every exact value or bound stored for
 * {@code (S, t')} also bounds {@code F(S, t)}:
 * <pre>
 *   lower:  F(S, t) >= lb(t')                     for t' <= t
 *           F(S, t) >= lb(t') - |S| (t' - t)      for t' >  t
 *   upper:  F(S, t) <= ub(t')                     for t' >= t
 *           F(S, t) <= ub(t') + |S| (t - t')      for t' <  t
 * </pre>
 * Sharper: a job with {@code d_j <= t + p_j} is tardy in every schedule started at {@code t} or
 * later, so its tardiness grows by exactly the shift; with {@code a(t)} such jobs,
 * {@code F(S, t2) >= F(S, t1) + a(t1) (t2 - t1)} for {@code t1 <= t2} (shift an optimal schedule for
 * t2 back to t1), which strengthens the lower bound from earlier and the upper bound from later
 * start times. The subproblems of Lawler's decomposition meet the same set at many start times,
 * which makes these transferred bounds prune a lot.
 */
final class TimeProfiles {

    /** Entries scanned on each side of {@code t}; older ones farther away rarely matter. */
    private static final int WINDOW = 48;

    private long[] keys = new long[1 << 12];
    private int[] index = new int[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int mapSize;
    private Profile[] profiles = new Profile[256];
    private int count;

    /** Result of {@link #bounds}; reused to avoid allocation. */
    long lower;
    long upper;

    void clear() {
        keys = new long[1 << 12];
        index = new int[1 << 12];
        used = new boolean[1 << 12];
        mapSize = 0;
        profiles = new Profile[256];
        count = 0;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private Profile find(long setKey) {
        int mask = keys.length - 1;
        int i = hash(setKey) & mask;
        while (used[i]) {
            if (keys[i] == setKey) {
                return profiles[index[i]];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private Profile findOrCreate(long setKey) {
        Profile p = find(setKey);
        if (p != null) {
            return p;
        }
        if ((mapSize + 1) * 2 > keys.length) {
            rehash();
        }
        int mask = keys.length - 1;
        int i = hash(setKey) & mask;
        while (used[i]) {
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = setKey;
        if (count == profiles.length) {
            profiles = Arrays.copyOf(profiles, count * 2);
        }
        p = new Profile();
        profiles[count] = p;
        index[i] = count++;
        mapSize++;
        return p;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldIndex = index;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        index = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldUsed[s]) {
                int i = hash(oldKeys[s]) & mask;
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                keys[i] = oldKeys[s];
                index[i] = oldIndex[s];
            }
        }
    }

    /**
     * Records a lower and an upper bound ({@code Long.MAX_VALUE} for none) of the set at time t,
     * with the number of its jobs that are tardy in every schedule started at t.
     */
    void record(long setKey, long t, long lb, long ub, int alwaysTardy) {
        findOrCreate(setKey).record(t, lb, ub, alwaysTardy);
    }

    /**
     * Sets {@link #lower} and {@link #upper} to the best bounds on the set of {@code size} jobs at
     * time t implied by what is recorded (0 and {@code Long.MAX_VALUE} when nothing is).
     */
    void bounds(long setKey, long t, int size, int alwaysTardy) {
        lower = 0;
        upper = Long.MAX_VALUE;
        Profile p = find(setKey);
        if (p != null) {
            p.bounds(t, size, alwaysTardy, this);
        }
    }

    /** Start times of one set, sorted, with their bounds. */
    private static final class Profile {
        long[] ts = new long[4];
        long[] lbs = new long[4];
        long[] ubs = new long[4];
        int[] tardy = new int[4];
        int size;

        void record(long t, long lb, long ub, int alwaysTardy) {
            int pos = Arrays.binarySearch(ts, 0, size, t);
            if (pos >= 0) {
                lbs[pos] = Math.max(lbs[pos], lb);
                ubs[pos] = Math.min(ubs[pos], ub);
                return;
            }
            pos = -pos - 1;
            if (size == ts.length) {
                ts = Arrays.copyOf(ts, size * 2);
                lbs = Arrays.copyOf(lbs, size * 2);
                ubs = Arrays.copyOf(ubs, size * 2);
                tardy = Arrays.copyOf(tardy, size * 2);
            }
            System.arraycopy(ts, pos, ts, pos + 1, size - pos);
            System.arraycopy(lbs, pos, lbs, pos + 1, size - pos);
            System.arraycopy(ubs, pos, ubs, pos + 1, size - pos);
            System.arraycopy(tardy, pos, tardy, pos + 1, size - pos);
            ts[pos] = t;
            lbs[pos] = lb;
            ubs[pos] = ub;
            tardy[pos] = alwaysTardy;
            size++;
        }

        void bounds(long t, int jobs, int alwaysTardy, TimeProfiles out) {
            int pos = Arrays.binarySearch(ts, 0, size, t);
            int hi = pos >= 0 ? pos : -pos - 1; // first index with ts >= t
            long lower = 0;
            long upper = Long.MAX_VALUE;
            for (int i = hi - 1; i >= Math.max(0, hi - WINDOW); i--) {
                lower = Math.max(lower, lbs[i] + tardy[i] * (t - ts[i]));
                if (ubs[i] != Long.MAX_VALUE) {
                    upper = Math.min(upper, ubs[i] + jobs * (t - ts[i]));
                }
            }
            for (int i = hi; i < Math.min(size, hi + WINDOW); i++) {
                lower = Math.max(lower, lbs[i] - jobs * (ts[i] - t));
                if (ubs[i] != Long.MAX_VALUE) {
                    upper = Math.min(upper, ubs[i] - alwaysTardy * (ts[i] - t));
                }
            }
            out.lower = lower;
            out.upper = upper;
        }
    }
}
