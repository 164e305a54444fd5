package org.cobalt.milp.lp;

import java.util.Arrays;

/**
 * A triangular crash basis for cold starts (after Bixby 1992, restricted for the dual simplex):
 * structural columns replace the logicals of <em>equality</em> rows, whose fixed logicals would
 * otherwise each need a dual iteration to leave the basis and whose reduced cost may have either
 * sign once nonbasic, so the crash does not create dual infeasibility. Free columns (which are dual
 * infeasible whenever nonbasic with a nonzero reduced cost) may also take the row of a one-sided
 * inequality.
 *
 * <p>Columns are tried free first, then one-sided, then boxed, each class by increasing cost (in
 * 256 buckets of the largest) and then sparser first; a column is accepted
 * on an available row where its entry is at least half its largest entry, and then every row it
 * touches becomes unavailable, which keeps the crashed part triangular and hence nonsingular.
 */
final class Crash {

    private static final double RELATIVE_PIVOT = 0.5;

    private Crash() {
    }

    /**
     * Modifies the slack basis in {@code s} (statuses, heading, positions).
     *
     * @return the number of columns brought into the basis
     */
    static int triangular(SimplexState s) {
        LpData data = s.data;
        int n = s.n;
        int m = s.m;
        boolean[] available = new boolean[m];
        int eligible = 0;
        for (int i = 0; i < m; i++) {
            double lo = data.lower[n + i];
            double up = data.upper[n + i];
            available[i] = s.status[n + i] == SimplexState.BASIC
                    && (lo > Double.NEGATIVE_INFINITY || up < Double.POSITIVE_INFINITY);
            eligible += available[i] && lo == up ? 1 : 0;
        }
        // order: class (free 0, one-sided 1, boxed 2), then |cost| relative to the largest, then
        // column count; small costs first disturb the duals least
        double maxCost = 0.0;
        for (int j = 0; j < n; j++) {
            maxCost = Math.max(maxCost, Math.abs(data.cost[j]));
        }
        long[] keys = new long[n];
        int count = 0;
        for (int j = 0; j < n; j++) {
            double lo = data.lower[j];
            double up = data.upper[j];
            int len = data.colStart[j + 1] - data.colStart[j];
            if (lo == up || len == 0 || s.status[j] == SimplexState.BASIC) {
                continue;
            }
            boolean hasLo = lo > Double.NEGATIVE_INFINITY;
            boolean hasUp = up < Double.POSITIVE_INFINITY;
            int cls = !hasLo && !hasUp ? 0 : hasLo && hasUp ? 2 : 1;
            if (cls > 0 && eligible == 0) {
                continue;
            }
            int costRank = maxCost > 0 ? (int) Math.min(255, Math.floor(256 * Math.abs(data.cost[j]) / maxCost)) : 0;
            keys[count++] = ((long) cls << 56) | ((long) costRank << 48) | ((long) Math.min(len, 0xFFFF) << 32) | j;
        }
        Arrays.sort(keys, 0, count);
        int crashed = 0;
        for (int t = 0; t < count; t++) {
            int j = (int) (keys[t] & 0xFFFFFFFFL);
            boolean free = (keys[t] >>> 56) == 0;
            double max = 0.0;
            for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                max = Math.max(max, Math.abs(data.colVal[k]));
            }
            int pick = -1;
            double best = RELATIVE_PIVOT * max;
            for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                int i = data.colRow[k];
                boolean equality = data.lower[n + i] == data.upper[n + i];
                if (available[i] && (equality || free) && Math.abs(data.colVal[k]) >= best) {
                    best = Math.abs(data.colVal[k]);
                    pick = i;
                }
            }
            if (pick < 0) {
                continue;
            }
            for (int k = data.colStart[j]; k < data.colStart[j + 1]; k++) {
                available[data.colRow[k]] = false;
            }
            int logical = n + pick;
            int p = s.position[logical];
            s.basicIndex[p] = j;
            s.position[j] = p;
            s.position[logical] = -1;
            s.status[j] = SimplexState.BASIC;
            s.status[logical] = data.lower[logical] > Double.NEGATIVE_INFINITY ? SimplexState.AT_LOWER
                    : SimplexState.AT_UPPER;
            crashed++;
        }
        return crashed;
    }
}
