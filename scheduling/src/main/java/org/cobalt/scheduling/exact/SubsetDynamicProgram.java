package org.cobalt.scheduling.exact;

import java.util.function.BooleanSupplier;

/**
 * Exact dynamic programme over job subsets for 1||Σw_jT_j: {@code F(S) = min_{j in S}
 * F(S - j) + w_j max(0, p(S) - d_j)}, the last job of S being {@code j}. O(2^n n) time and
 * 2^n longs of memory, so it is limited to {@link #MAX_JOBS} jobs; it serves the weighted problem,
 * for which Lawler's decomposition does not hold.
 */
final class SubsetDynamicProgram {

    static final int MAX_JOBS = 22;

    private final int[] p;
    private final int[] d;
    private final int[] w;
    private final BooleanSupplier stop;

    SubsetDynamicProgram(int[] p, int[] d, int[] w, BooleanSupplier stop) {
        if (p.length > MAX_JOBS) {
            throw new IllegalArgumentException("the subset dynamic programme handles at most " + MAX_JOBS + " jobs, got " + p.length);
        }
        this.p = p;
        this.d = d;
        this.w = w;
        this.stop = stop;
    }

    /** An optimal sequence; throws {@link DecompositionSearch.Aborted} when stopped. */
    int[] solve() {
        int n = p.length;
        int full = (1 << n) - 1;
        long[] f = new long[full + 1];
        long[] length = new long[full + 1];
        for (int s = 1; s <= full; s++) {
            if ((s & 0xffff) == 0 && stop.getAsBoolean()) {
                throw new DecompositionSearch.Aborted();
            }
            int low = Integer.numberOfTrailingZeros(s);
            length[s] = length[s & (s - 1)] + p[low];
            long best = Long.MAX_VALUE;
            long c = length[s];
            for (int rest = s; rest != 0; rest &= rest - 1) {
                int j = Integer.numberOfTrailingZeros(rest);
                long late = c - d[j];
                long v = f[s ^ (1 << j)] + (late > 0 ? late * w[j] : 0);
                if (v < best) {
                    best = v;
                }
            }
            f[s] = best;
        }
        int[] seq = new int[n];
        int s = full;
        for (int pos = n - 1; pos >= 0; pos--) {
            long c = length[s];
            for (int rest = s; rest != 0; rest &= rest - 1) {
                int j = Integer.numberOfTrailingZeros(rest);
                long late = c - d[j];
                if (f[s ^ (1 << j)] + (late > 0 ? late * w[j] : 0) == f[s]) {
                    seq[pos] = j;
                    s ^= 1 << j;
                    break;
                }
            }
        }
        return seq;
    }
}
