package org.cobalt.routing.tsp;

import java.util.random.RandomGenerator;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.IndexSort;
import org.cobalt.routing.NearestUnvisited;
import org.cobalt.routing.NeighborLists;

/**
 * Greedy edge matching: take candidate edges in increasing length whenever both ends have degree
 * below two and no cycle closes; the resulting paths are then chained by nearest free endpoint.
 * Only candidate-list edges are considered (O(n k log(n k)) time, O(n k) memory), the usual
 * restriction for large instances. Symmetric metrics only.
 */
public final class GreedyEdgeConstruction implements TourConstruction {

    @Override
    public String id() {
        return Construction.GREEDY.id();
    }

    @Override
    public boolean supports(Metric metric) {
        return metric.isSymmetric();
    }

    @Override
    public int[] build(Metric metric, NeighborLists neighbors, RandomGenerator random) {
        int n = metric.size();
        if (n <= 3) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }
        int k = neighbors.k();
        // collect each undirected candidate edge once
        int[] eu = new int[n * k];
        int[] ev = new int[n * k];
        int m = 0;
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < k; i++) {
                int w = neighbors.get(v, i);
                if (v < w || !listed(neighbors, w, v)) {
                    eu[m] = v;
                    ev[m] = w;
                    m++;
                }
            }
        }
        double[] len = new double[m];
        for (int e = 0; e < m; e++) {
            len[e] = metric.distance(eu[e], ev[e]);
        }
        int[] sorted = IndexSort.ascending(len);
        int[] adj = new int[2 * n];
        java.util.Arrays.fill(adj, -1);
        int[] deg = new int[n];
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        int added = 0;
        for (int idx = 0; idx < m && added < n - 1; idx++) {
            int e = sorted[idx];
            int u = eu[e];
            int v = ev[e];
            if (deg[u] >= 2 || deg[v] >= 2) {
                continue;
            }
            int ru = find(parent, u);
            int rv = find(parent, v);
            if (ru == rv) {
                continue;
            }
            parent[ru] = rv;
            adj[2 * u + deg[u]++] = v;
            adj[2 * v + deg[v]++] = u;
            added++;
        }
        return chainFragments(metric, adj, deg, random);
    }

    private static boolean listed(NeighborLists nl, int v, int w) {
        for (int i = 0; i < nl.k(); i++) {
            if (nl.get(v, i) == w) {
                return true;
            }
        }
        return false;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /** Chains paths (given by adjacency and degree) into one tour, nearest free endpoint first. */
    static int[] chainFragments(Metric metric, int[] adj, int[] deg, RandomGenerator random) {
        int n = deg.length;
        int ends = 0;
        for (int v = 0; v < n; v++) {
            if (deg[v] < 2) {
                ends++;
            }
        }
        int[] endpoints = new int[ends];
        int j = 0;
        for (int v = 0; v < n; v++) {
            if (deg[v] < 2) {
                endpoints[j++] = v;
            }
        }
        int[] order = new int[n];
        int filled = 0;
        NearestUnvisited free = NearestUnvisited.over(metric, endpoints);
        int start = endpoints.length == 0 ? 0 : endpoints[random.nextInt(endpoints.length)];
        int cur = start;
        while (true) {
            // walk the fragment that starts at endpoint cur
            free.remove(cur);
            int prev = -1;
            int v = cur;
            while (true) {
                order[filled++] = v;
                int a = adj[2 * v];
                int b = adj[2 * v + 1];
                int nx = a != prev ? a : b;
                if (deg[v] == 0 || nx < 0 || (deg[v] == 1 && prev >= 0)) {
                    break;
                }
                prev = v;
                v = nx;
            }
            free.remove(v);
            if (filled == n) {
                break;
            }
            cur = free.nearest(v);
            if (cur < 0) {
                throw new IllegalStateException("fragments do not cover all nodes");
            }
        }
        return order;
    }
}
