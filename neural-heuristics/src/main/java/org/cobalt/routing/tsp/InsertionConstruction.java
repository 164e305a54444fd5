package org.cobalt.routing.tsp;

import java.util.random.RandomGenerator;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.NeighborLists;

/**
 * Insertion tours: grow a cycle one node at a time, inserting each node where it lengthens the
 * cycle least. The node order is either random or "farthest from the cycle first".
 *
 * <p>Cost: selecting the farthest node keeps a distance-to-cycle array updated after every
 * insertion, O(n^2) time and O(n) memory. The insertion position is found exactly by scanning
 * the cycle (O(n^2) overall) up to {@link #exactLimit} nodes; above it only the edges next to the
 * node's already-inserted candidate neighbours are tried (O(n k) overall), falling back to a scan
 * when none is inserted yet. Symmetric metrics only.
 */
public final class InsertionConstruction implements TourConstruction {

    /** Default size up to which the insertion position is found by a full scan. */
    public static final int DEFAULT_EXACT_LIMIT = 3000;

    private final boolean farthest;
    private final int exactLimit;

    private InsertionConstruction(boolean farthest, int exactLimit) {
        this.farthest = farthest;
        this.exactLimit = exactLimit;
    }

    /** Random insertion with the default exact-position limit. */
    public static InsertionConstruction random() {
        return new InsertionConstruction(false, DEFAULT_EXACT_LIMIT);
    }

    /** Farthest insertion with the default exact-position limit. */
    public static InsertionConstruction farthest() {
        return new InsertionConstruction(true, DEFAULT_EXACT_LIMIT);
    }

    /** A copy that scans for the exact insertion position up to {@code limit} nodes. */
    public InsertionConstruction withExactLimit(int limit) {
        return new InsertionConstruction(farthest, limit);
    }

    @Override
    public String id() {
        return farthest ? Construction.FARTHEST_INSERTION.id() : Construction.RANDOM_INSERTION.id();
    }

    @Override
    public boolean supports(Metric metric) {
        return metric.isSymmetric();
    }

    @Override
    public int[] build(Metric metric, NeighborLists neighbors, RandomGenerator random) {
        int n = metric.size();
        int[] order = new int[n];
        if (n <= 3) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }
        boolean exact = n <= exactLimit || neighbors == null || neighbors.k() == 0;
        int[] next = new int[n];
        int[] prev = new int[n];
        boolean[] in = new boolean[n];
        int[] sequence = null;
        double[] toCycle = null;
        int first = random.nextInt(n);
        if (farthest) {
            toCycle = new double[n];
            for (int v = 0; v < n; v++) {
                toCycle[v] = metric.distance(first, v);
            }
        } else {
            sequence = new int[n];
            for (int i = 0; i < n; i++) {
                sequence[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = sequence[i];
                sequence[i] = sequence[j];
                sequence[j] = t;
            }
            // put the random start first
            for (int i = 0; i < n; i++) {
                if (sequence[i] == first) {
                    sequence[i] = sequence[0];
                    sequence[0] = first;
                    break;
                }
            }
        }
        next[first] = first;
        prev[first] = first;
        in[first] = true;
        int size = 1;
        while (size < n) {
            int v;
            if (farthest) {
                v = -1;
                double best = -1;
                for (int u = 0; u < n; u++) {
                    if (!in[u] && toCycle[u] > best) {
                        best = toCycle[u];
                        v = u;
                    }
                }
            } else {
                v = sequence[size];
            }
            int after = -1;
            if (!exact) {
                after = nearInsertion(metric, neighbors, v, next, prev, in);
            }
            if (after < 0) {
                after = scanInsertion(metric, v, first, next);
            }
            int b = next[after];
            next[after] = v;
            prev[v] = after;
            next[v] = b;
            prev[b] = v;
            in[v] = true;
            size++;
            if (farthest) {
                for (int u = 0; u < n; u++) {
                    if (!in[u]) {
                        double d = metric.distance(v, u);
                        if (d < toCycle[u]) {
                            toCycle[u] = d;
                        }
                    }
                }
            }
        }
        int v = first;
        for (int i = 0; i < n; i++) {
            order[i] = v;
            v = next[v];
        }
        return order;
    }

    private static int scanInsertion(Metric metric, int v, int start, int[] next) {
        int best = start;
        double bestCost = Double.POSITIVE_INFINITY;
        int a = start;
        do {
            int b = next[a];
            double c = metric.distance(a, v) + metric.distance(v, b) - metric.distance(a, b);
            if (c < bestCost) {
                bestCost = c;
                best = a;
            }
            a = b;
        } while (a != start);
        return best;
    }

    /** Best edge next to an inserted candidate neighbour of v, or -1 when none is inserted. */
    private static int nearInsertion(Metric metric, NeighborLists nl, int v, int[] next, int[] prev, boolean[] in) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int i = 0; i < nl.k(); i++) {
            int w = nl.get(v, i);
            if (!in[w]) {
                continue;
            }
            double dvw = metric.distance(v, w);
            int b = next[w];
            double c = dvw + metric.distance(v, b) - metric.distance(w, b);
            if (c < bestCost) {
                bestCost = c;
                best = w;
            }
            int a = prev[w];
            c = metric.distance(a, v) + dvw - metric.distance(a, w);
            if (c < bestCost) {
                bestCost = c;
                best = a;
            }
        }
        return best;
    }
}
