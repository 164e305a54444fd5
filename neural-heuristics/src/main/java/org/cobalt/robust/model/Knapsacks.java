package org.cobalt.robust.model;

import java.util.Arrays;

/**
 * Exact 0/1 knapsack solvers for the recourse problems: a capacity-indexed dynamic program for
 * integer weights and a depth-first branch-and-bound with the Dantzig bound for real weights.
 * Both maximize {@code value . take} subject to {@code weight . take <= capacity}.
 */
public final class Knapsacks {

    private Knapsacks() {
    }

    /** Dynamic program over integer capacities; {@code O(n * capacity)} time, {@code n * capacity} bytes. */
    public static boolean[] dynamicProgram(double[] value, int[] weight, int capacity) {
        int n = value.length;
        boolean[] take = new boolean[n];
        if (capacity < 0) {
            throw new IllegalArgumentException("negative capacity " + capacity);
        }
        double[] best = new double[capacity + 1];
        boolean[][] used = new boolean[n][];
        for (int i = 0; i < n; i++) {
            int w = weight[i];
            if (value[i] <= 0 || w > capacity) {
                continue;
            }
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            boolean[] u = new boolean[capacity + 1];
            for (int c = capacity; c >= w; c--) {
                double cand = best[c - w] + value[i];
                if (cand > best[c]) {
                    best[c] = cand;
                    u[c] = true;
                }
            }
            used[i] = u;
        }
        int c = capacity;
        for (int i = n - 1; i >= 0; i--) {
            if (used[i] != null && used[i][c]) {
                take[i] = true;
                c -= weight[i];
            }
        }
        return take;
    }

    /**
     * Depth-first branch-and-bound (items by value/weight ratio, Dantzig's fractional bound), or
     * null when more than {@code nodeLimit} nodes would be needed.
     */
    public static boolean[] branchAndBound(double[] value, double[] weight, double capacity, long nodeLimit) {
        int n = value.length;
        boolean[] take = new boolean[n];
        double cap = capacity;
        double base = 0;
        int m = 0;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            if (value[i] <= 0) {
                continue;
            }
            if (weight[i] <= 0) {
                take[i] = true;
                base += value[i];
                cap -= weight[i];
                continue;
            }
            idx[m++] = i;
        }
        if (cap < 0) {
            throw new IllegalArgumentException("negative capacity " + cap);
        }
        Integer[] order = new Integer[m];
        for (int k = 0; k < m; k++) {
            order[k] = idx[k];
        }
        Arrays.sort(order, (a, b) -> Double.compare(value[b] / weight[b], value[a] / weight[a]));
        double[] v = new double[m];
        double[] w = new double[m];
        for (int k = 0; k < m; k++) {
            v[k] = value[order[k]];
            w[k] = weight[order[k]];
        }
        Search s = new Search(v, w, nodeLimit);
        s.dfs(0, cap, 0);
        if (s.nodes > nodeLimit) {
            return null;
        }
        for (int k = 0; k < m; k++) {
            if (s.bestTake[k]) {
                take[order[k]] = true;
            }
        }
        return take;
    }

    private static final class Search {
        final double[] v;
        final double[] w;
        final long limit;
        final boolean[] cur;
        boolean[] bestTake;
        double best = -1;
        long nodes;

        Search(double[] v, double[] w, long limit) {
            this.v = v;
            this.w = w;
            this.limit = limit;
            this.cur = new boolean[v.length];
            this.bestTake = new boolean[v.length];
        }

        void dfs(int k, double cap, double val) {
            if (++nodes > limit) {
                return;
            }
            if (val > best) {
                best = val;
                bestTake = cur.clone();
            }
            if (k == v.length) {
                return;
            }
            double bound = val;
            double c = cap;
            for (int j = k; j < v.length; j++) {
                if (w[j] <= c) {
                    c -= w[j];
                    bound += v[j];
                } else {
                    bound += v[j] * c / w[j];
                    break;
                }
            }
            if (bound <= best + 1e-12 * Math.max(1, Math.abs(best))) {
                return;
            }
            if (w[k] <= cap) {
                cur[k] = true;
                dfs(k + 1, cap - w[k], val + v[k]);
                cur[k] = false;
            }
            dfs(k + 1, cap, val);
        }
    }
}
