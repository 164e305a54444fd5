package org.cobalt.scheduling.exact;

import java.util.function.BooleanSupplier;

/**
 * Exact search for 1||ΣT_j over Lawler's decomposition, with bounds and memorisation.
 *
 * <p>Jobs are renumbered in EDD order (due date, then processing time, then index) and ranked by
 * (processing time, EDD position). Every subproblem is a set {@code S(a, b, r) = {i in [a, b] :
 * rank(i) < r}} started at time {@code t}. For the largest job {@code k} of S (highest rank),
 * Lawler (1977) showed that some optimal sequence puts before {@code k} exactly the jobs of S whose
 * EDD position is at most some {@code m >= pos(k)}; both sides are again sets of this form. With
 * {@code C(m)} the completion time of {@code k} for the choice {@code m}, only choices with
 * <ul>
 *   <li>{@code m = pos(k)} or {@code d_m < C(m)} (otherwise moving job {@code m} just behind
 *       {@code k} keeps it on time and shifts the rest earlier: choice {@code m-1} is as good), and</li>
 *   <li>{@code m} is the last job or {@code d_next(m) > C(m)} (otherwise Lawler's due-date
 *       modification argument of Potts and Van Wassenhove (1982) yields an optimal sequence with a
 *       larger choice)</li>
 * </ul>
 * are branched on. Further exact reductions: the last EDD job goes last when it is on time there;
 * SPT order is optimal when every job is tardy in every position; EDD order is optimal when its
 * tardiness meets the lower bound. Every subproblem is solved against a cutoff; its exact value
 * (with the decision taken) or a proven lower bound is memorised in the spirit of
 * Branch &amp; Memorize (Shang, T'kindt and Della Croce). The same job set recurs at many start
 * times, so what is known at one start time also bounds the others ({@link TimeProfiles}): that
 * both prunes (lower bounds) and tightens the cutoff a subproblem is searched with (upper bounds).
 * Lower bounds are the matching bound of {@link LowerBounds}, memorised bounds, transferred bounds
 * and, for a subproblem that fails its cutoff, the smallest bound over its Lawler choices.
 */
final class DecompositionSearch {

    /** Thrown (without a stack trace) to unwind when the search must stop. */
    static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted() {
            super("search stopped", null, false, false);
        }
    }

    static final int MAX_JOBS = 2048;
    private static final int DECIDE_EDD = -1;
    private static final int DECIDE_SPT = -2;

    private final int n;
    private final int[] pp;      // by EDD position
    private final int[] dd;      // by EDD position
    private final int[] rank;    // by EDD position
    private final int[] jobAt;   // original job index of an EDD position
    private final int[] posOfRank;
    private final StateTable memo;
    private final TimeProfiles profiles = new TimeProfiles();
    private final int[] scratch;
    private final BooleanSupplier stop;
    private long nodes;
    private long memoHits;
    private long clears;

    DecompositionSearch(int[] p, int[] d, BooleanSupplier stop, int maxStates) {
        this.n = p.length;
        if (n > MAX_JOBS) {
            throw new IllegalArgumentException("the decomposition search handles at most " + MAX_JOBS + " jobs, got " + n);
        }
        int[] edd = org.cobalt.scheduling.JobOrder.sorted(n,
                (x, y) -> d[x] != d[y] ? Integer.compare(d[x], d[y]) : Integer.compare(p[x], p[y]));
        pp = new int[n];
        dd = new int[n];
        jobAt = new int[n];
        for (int i = 0; i < n; i++) {
            jobAt[i] = edd[i];
            pp[i] = p[edd[i]];
            dd[i] = d[edd[i]];
        }
        int[] byP = org.cobalt.scheduling.JobOrder.sorted(n, (x, y) -> Integer.compare(pp[x], pp[y]));
        rank = new int[n];
        posOfRank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byP[r]] = r;
            posOfRank[r] = byP[r];
        }
        this.memo = new StateTable(maxStates);
        this.scratch = new int[n];
        this.stop = stop;
    }

    long nodes() {
        return nodes;
    }

    long memoHits() {
        return memoHits;
    }

    long memoStates() {
        return memo.size();
    }

    long memoClears() {
        return clears;
    }

    /** Optimal total tardiness of all jobs from time 0 if it is below {@code cutoff}; else a bound >= cutoff. */
    long solveAll(long cutoff) {
        return solve(0, n - 1, n, 0, cutoff);
    }

    /** An optimal sequence (original job indices); call after {@link #solveAll} proved the optimum. */
    int[] optimalSequence() {
        int[] out = new int[n];
        int[] cursor = {0};
        build(0, n - 1, n, 0, out, cursor);
        return out;
    }

    private static long key(int a, int b, int topRank, long t) {
        return ((long) a << 53) | ((long) b << 42) | ((long) topRank << 31) | t;
    }

    private long cost(int pos, long completion) {
        long late = completion - dd[pos];
        return late > 0 ? late : 0;
    }

    /**
     * Solves S(a, b, r) from time t against {@code cutoff}: returns the optimum when it is below
     * the cutoff, otherwise a lower bound that is at least the cutoff.
     */
    long solve(int a, int b, int r, long t, long cutoff) {
        // canonical range and peeling of the last EDD job while it is on time at the very end
        while (a <= b && rank[a] >= r) {
            a++;
        }
        while (b >= a && rank[b] >= r) {
            b--;
        }
        if (a > b) {
            return 0;
        }
        long sum = 0;
        for (int i = a; i <= b; i++) {
            if (rank[i] < r) {
                sum += pp[i];
            }
        }
        while (dd[b] >= t + sum) {
            sum -= pp[b];
            b--;
            while (b >= a && rank[b] >= r) {
                b--;
            }
            if (b < a) {
                return 0;
            }
        }
        int top = -1;
        int count = 0;
        int alwaysTardy = 0;
        long eddCost = 0;
        long c = t;
        for (int i = a; i <= b; i++) {
            if (rank[i] < r) {
                count++;
                top = Math.max(top, rank[i]);
                if (dd[i] <= t + pp[i]) {
                    alwaysTardy++;
                }
                c += pp[i];
                eddCost += cost(i, c);
            }
        }
        if (count == 1) {
            return eddCost;
        }
        r = top + 1;
        long key = key(a, b, top, t);
        int slot = memo.find(key);
        if (slot >= 0) {
            if (memo.isExact(slot)) {
                memoHits++;
                return memo.value(slot);
            }
            if (memo.value(slot) >= cutoff) {
                memoHits++;
                return memo.value(slot);
            }
        }
        if (((++nodes) & 1023) == 0 && stop.getAsBoolean()) {
            throw new Aborted();
        }
        if (memo.isFull()) {
            memo.clear();
            profiles.clear();
            clears++;
        }
        long setKey = key(a, b, top, 0);
        if (alwaysTardy == count) {
            long v = sptCost(a, b, r, t);
            putExact(key, setKey, t, v, DECIDE_SPT, alwaysTardy);
            return v;
        }
        profiles.bounds(setKey, t, count, alwaysTardy);
        long lb = Math.max(bound(a, b, r, t), profiles.lower);
        if (profiles.upper < cutoff) {
            // the same set at other start times proves a smaller optimum: search below it only
            cutoff = profiles.upper + 1;
        }
        if (eddCost == lb) {
            putExact(key, setKey, t, eddCost, DECIDE_EDD, alwaysTardy);
            return eddCost;
        }
        if (lb >= cutoff) {
            putBound(key, setKey, t, lb, alwaysTardy);
            return lb;
        }
        long best = Math.min(cutoff, eddCost);
        int decision = eddCost < cutoff ? DECIDE_EDD : Integer.MIN_VALUE;

        int kPos = posOfRank[top];
        int kRank = top;
        // the members in EDD order with prefix sums and prefix/suffix maximum ranks (k left out),
        // so that each choice's two sides are canonicalised in O(1)
        int[] mem = new int[count];
        long[] ps = new long[count + 1];
        int[] pmax = new int[count];
        int[] smax = new int[count + 1];
        int qk = -1;
        for (int i = a, q = 0; i <= b; i++) {
            if (rank[i] < r) {
                if (i == kPos) {
                    qk = q;
                }
                mem[q] = i;
                ps[q + 1] = ps[q] + pp[i];
                q++;
            }
        }
        for (int q = 0; q < count; q++) {
            int own = q == qk ? -1 : rank[mem[q]];
            pmax[q] = Math.max(q == 0 ? -1 : pmax[q - 1], own);
        }
        smax[count] = -1;
        for (int q = count - 1; q >= 0; q--) {
            smax[q] = Math.max(smax[q + 1], q == qk ? -1 : rank[mem[q]]);
        }
        int[] cand = new int[count];
        long[] candBound = new long[count];
        long[] candLbB = new long[count];
        long[] candLbA = new long[count];
        long[] candCk = new long[count];
        int nc = 0;
        for (int q = qk; q < count; q++) {
            int m = mem[q];
            long ck = t + ps[q + 1];
            boolean lowerOk = q == qk || dd[m] < ck;
            boolean upperOk = q == count - 1 || dd[mem[q + 1]] > ck;
            if (lowerOk && upperOk) {
                long tk = cost(kPos, ck);
                long lbB = beforeBound(mem, ps, pmax, qk, q, t);
                long lbA = q == count - 1 ? 0
                        : knownBound(mem[q + 1], mem[count - 1], smax[q + 1], count - q - 1, ck);
                cand[nc] = m;
                candLbB[nc] = lbB;
                candLbA[nc] = lbA;
                candBound[nc] = lbB + tk + lbA;
                candCk[nc] = ck;
                nc++;
            }
        }
        // most promising choices first
        for (int x = 1; x < nc; x++) {
            for (int y = x; y > 0 && candBound[y] < candBound[y - 1]; y--) {
                swap(cand, y, y - 1);
                swap(candBound, y, y - 1);
                swap(candLbB, y, y - 1);
                swap(candLbA, y, y - 1);
                swap(candCk, y, y - 1);
            }
        }
        for (int x = 0; x < nc; x++) {
            if (candBound[x] >= best) {
                break;
            }
            int mm = cand[x];
            long ckm = candCk[x];
            long tk = cost(kPos, ckm);
            long vB = solve(a, mm, kRank, t, best - tk - candLbA[x]);
            if (vB >= best - tk - candLbA[x]) {
                continue;
            }
            long vA = mm + 1 > b ? 0 : solve(mm + 1, b, kRank, ckm, best - tk - vB);
            if (vA >= best - tk - vB) {
                continue;
            }
            best = vB + tk + vA;
            decision = mm;
        }
        if (decision != Integer.MIN_VALUE && best < cutoff) {
            putExact(key, setKey, t, best, decision, alwaysTardy);
            return best;
        }
        // every Lawler choice costs at least its bound, and one of them is optimal
        long minChoice = Long.MAX_VALUE;
        for (int x = 0; x < nc; x++) {
            minChoice = Math.min(minChoice, candBound[x]);
        }
        long proven = Math.max(Math.max(cutoff, lb), nc == 0 ? lb : minChoice);
        putBound(key, setKey, t, proven, alwaysTardy);
        return proven;
    }

    private void putExact(long key, long setKey, long t, long value, int decision, int alwaysTardy) {
        memo.putExact(key, value, decision);
        profiles.record(setKey, t, value, value, alwaysTardy);
    }

    private void putBound(long key, long setKey, long t, long bound, int alwaysTardy) {
        memo.putBound(key, bound);
        profiles.record(setKey, t, bound, Long.MAX_VALUE, alwaysTardy);
    }

    private long completionOfK(int a, int m, int kRank, long t, int kPos) {
        long c = t + pp[kPos];
        for (int i = a; i <= m; i++) {
            if (rank[i] < kRank) {
                c += pp[i];
            }
        }
        return c;
    }

    private static void swap(int[] x, int i, int j) {
        int v = x[i];
        x[i] = x[j];
        x[j] = v;
    }

    private static void swap(long[] x, int i, int j) {
        long v = x[i];
        x[i] = x[j];
        x[j] = v;
    }

    /**
     * Bound of the jobs before k for the choice at member index q: members 0..q without k, after
     * peeling the last EDD jobs that are on time at the end.
     */
    private long beforeBound(int[] mem, long[] ps, int[] pmax, int qk, int q, long t) {
        long sum = ps[q + 1] - pp[mem[qk]];
        int last = q;
        while (last >= 0) {
            if (last == qk) {
                last--;
                continue;
            }
            if (dd[mem[last]] >= t + sum) {
                sum -= pp[mem[last]];
                last--;
            } else {
                break;
            }
        }
        if (last < 0 || (last == 0 && qk == 0)) {
            return 0;
        }
        int first = qk == 0 ? 1 : 0;
        int size = last + 1 - (qk <= last ? 1 : 0);
        return knownBound(mem[first], mem[last], pmax[last], size, t);
    }

    /**
     * The best bound known for the canonical set (first member a, last member b, largest rank
     * top, {@code size} jobs) from t, without searching it: its memorised value or bound, the
     * bounds transferred from other start times, and the matching bound.
     */
    private long knownBound(int a, int b, int top, int size, long t) {
        if (size == 1) {
            return cost(a, t + pp[a]);
        }
        long key = key(a, b, top, t);
        int slot = memo.find(key);
        long lb = 0;
        if (slot >= 0) {
            if (memo.isExact(slot)) {
                return memo.value(slot);
            }
            lb = memo.value(slot);
        }
        profiles.bounds(key(a, b, top, 0), t, size, 0); // only the lower bound is used here
        lb = Math.max(lb, profiles.lower);
        return Math.max(lb, bound(a, b, top + 1, t));
    }

    /** Matching lower bound of S(a, b, r) from t (see {@link LowerBounds}). */
    private long bound(int a, int b, int r, long t) {
        int span = b - a + 1;
        if (span <= 0) {
            return 0;
        }
        // processing times ascending: walk the ranks when the set spans much of them, else sort
        if (span * 8L < r) {
            int m = 0;
            for (int i = a; i <= b; i++) {
                if (rank[i] < r) {
                    scratch[m++] = rank[i];
                }
            }
            java.util.Arrays.sort(scratch, 0, m);
            long c = t;
            long lb = 0;
            int i = a;
            for (int q = 0; q < m; q++) {
                while (rank[i] >= r) {
                    i++;
                }
                c += pp[posOfRank[scratch[q]]];
                long late = c - dd[i];
                if (late > 0) {
                    lb += late;
                }
                i++;
            }
            return lb;
        }
        long c = t;
        long lb = 0;
        int i = a;
        for (int q = 0; q < r; q++) {
            int pos = posOfRank[q];
            if (pos < a || pos > b) {
                continue;
            }
            while (rank[i] >= r) {
                i++;
            }
            c += pp[pos];
            long late = c - dd[i];
            if (late > 0) {
                lb += late;
            }
            i++;
        }
        return lb;
    }

    private long sptCost(int a, int b, int r, long t) {
        long c = t;
        long v = 0;
        for (int q = 0; q < r; q++) {
            int pos = posOfRank[q];
            if (pos >= a && pos <= b) {
                c += pp[pos];
                v += cost(pos, c);
            }
        }
        return v;
    }

    /** Appends an optimal sequence of S(a, b, r) from t to {@code out}. */
    private void build(int a, int b, int r, long t, int[] out, int[] cursor) {
        while (a <= b && rank[a] >= r) {
            a++;
        }
        while (b >= a && rank[b] >= r) {
            b--;
        }
        if (a > b) {
            return;
        }
        long sum = 0;
        for (int i = a; i <= b; i++) {
            if (rank[i] < r) {
                sum += pp[i];
            }
        }
        int peeledFrom = b + 1;
        int origB = b;
        while (dd[b] >= t + sum) {
            sum -= pp[b];
            b--;
            while (b >= a && rank[b] >= r) {
                b--;
            }
            if (b < a) {
                break;
            }
        }
        peeledFrom = b + 1;
        if (b >= a) {
            int top = -1;
            int count = 0;
            for (int i = a; i <= b; i++) {
                if (rank[i] < r) {
                    count++;
                    top = Math.max(top, rank[i]);
                }
            }
            int decision;
            if (count == 1) {
                decision = DECIDE_EDD;
            } else {
                long key = key(a, b, top, t);
                int slot = memo.find(key);
                if (slot < 0 || !memo.isExact(slot)) {
                    solve(a, b, top + 1, t, Long.MAX_VALUE);
                    slot = memo.find(key);
                }
                decision = memo.decision(slot);
            }
            int rr = top + 1;
            if (decision == DECIDE_EDD) {
                for (int i = a; i <= b; i++) {
                    if (rank[i] < rr) {
                        out[cursor[0]++] = jobAt[i];
                    }
                }
            } else if (decision == DECIDE_SPT) {
                for (int q = 0; q < rr; q++) {
                    int pos = posOfRank[q];
                    if (pos >= a && pos <= b) {
                        out[cursor[0]++] = jobAt[pos];
                    }
                }
            } else {
                int kPos = posOfRank[top];
                long ck = completionOfK(a, decision, top, t, kPos);
                build(a, decision, top, t, out, cursor);
                out[cursor[0]++] = jobAt[kPos];
                build(decision + 1, b, top, ck, out, cursor);
            }
        }
        // peeled jobs follow in EDD order
        for (int i = peeledFrom; i <= origB; i++) {
            if (rank[i] < r) {
                out[cursor[0]++] = jobAt[i];
            }
        }
    }
}
