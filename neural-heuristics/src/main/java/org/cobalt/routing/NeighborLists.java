package org.cobalt.routing;

import java.util.Arrays;
import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.Metric;

/**
 * The k nearest candidate neighbours of every node, sorted by increasing distance, in one flat
 * {@code int[n*k]} array. Planar coordinate metrics are searched through a bucket grid (O(n k)
 * memory, about O(n k log k) time); other metrics (GEO, explicit matrices, views) scan each row with
 * a bounded heap (O(n^2) time, still O(n k) memory). Local search restricted to these lists is the
 * classical way to keep 2-opt, Or-opt and CVRP moves near linear per pass.
 */
public final class NeighborLists {

    private final int n;
    private final int k;
    private final int[] neighbors;

    private NeighborLists(int n, int k, int[] neighbors) {
        this.n = n;
        this.k = k;
        this.neighbors = neighbors;
    }

    /** The min(k, n-1) nearest neighbours of every node. */
    public static NeighborLists build(Metric metric, int k) {
        return build(metric, k, null);
    }

    /**
     * The nearest {@code k} candidates of every node, where only nodes with {@code candidate[v]}
     * true may appear in lists (null: all nodes). Every node, candidate or not, gets a list of
     * min(k, candidates other than itself) entries.
     */
    public static NeighborLists build(Metric metric, int k, boolean[] candidate) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be non-negative, got " + k);
        }
        int n = metric.size();
        int[] members = members(n, candidate);
        // a candidate cannot list itself, so every node has at least members-1 choices
        int kk = Math.min(k, Math.max(0, members.length - 1));
        int[] out = new int[n * kk];
        PlanarNorm norm = PlanarNorm.of(metric);
        double[] keys = new double[Math.max(1, kk)];
        int[] vals = new int[Math.max(1, kk)];
        if (norm != null && kk > 0) {
            CoordinateMetric cm = (CoordinateMetric) metric;
            SpatialGrid grid = new SpatialGrid(cm.xs(), cm.ys(), norm, members);
            for (int v = 0; v < n; v++) {
                grid.kNearest(v, kk, out, v * kk, keys, vals);
            }
        } else if (kk > 0) {
            for (int v = 0; v < n; v++) {
                int size = 0;
                for (int w : members) {
                    if (w != v) {
                        size = BoundedHeap.offer(keys, vals, size, kk, metric.distance(v, w), w);
                    }
                }
                BoundedHeap.drainSorted(keys, vals, size, out, v * kk);
            }
        }
        return new NeighborLists(n, kk, out);
    }

    private static int[] members(int n, boolean[] candidate) {
        if (candidate == null) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        if (candidate.length != n) {
            throw new IllegalArgumentException("candidate mask has " + candidate.length + " entries for " + n + " nodes");
        }
        int count = 0;
        for (boolean c : candidate) {
            if (c) {
                count++;
            }
        }
        int[] m = new int[count];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (candidate[i]) {
                m[j++] = i;
            }
        }
        return m;
    }

    /** Number of nodes. */
    public int size() {
        return n;
    }

    /** List length (the same for every node). */
    public int k() {
        return k;
    }

    /** The {@code i}-th nearest neighbour of {@code v} (i = 0 is the nearest). */
    public int get(int v, int i) {
        return neighbors[v * k + i];
    }

    /** Copy of the list of {@code v}. */
    public int[] of(int v) {
        return Arrays.copyOfRange(neighbors, v * k, v * k + k);
    }

    /** Bytes held (for memory reports). */
    public long memoryBytes() {
        return 4L * neighbors.length;
    }
}
