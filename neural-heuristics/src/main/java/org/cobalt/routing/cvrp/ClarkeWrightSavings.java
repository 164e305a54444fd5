package org.cobalt.routing.cvrp;

import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.IndexSort;
import org.cobalt.routing.NeighborLists;

/**
 * The parallel savings heuristic of Clarke and Wright (1964): start with one route per customer,
 * then for customer pairs (i, j) in decreasing saving {@code s(i,j) = d(0,i) + d(0,j) - d(i,j)}
 * join the two routes by the edge (i, j) whenever i and j end different routes and the joined load
 * fits. Up to {@link #fullLimit} customers every pair is a candidate (O(n^2 log n) time,
 * O(n^2) memory for the savings list); above it only candidate-list pairs are (O(n k log(n k))
 * time, O(n k) memory), which loses very little because long edges rarely carry large savings.
 * Symmetric metrics only (joining may reverse a route).
 */
public final class ClarkeWrightSavings {

    /** Default customer count up to which all pairs are considered. */
    public static final int DEFAULT_FULL_LIMIT = 2000;

    private final int fullLimit;

    public ClarkeWrightSavings() {
        this(DEFAULT_FULL_LIMIT);
    }

    /** @param fullLimit customer count up to which all pairs are candidates */
    public ClarkeWrightSavings(int fullLimit) {
        this.fullLimit = fullLimit;
    }

    /**
     * Routes (depot excluded) serving every customer.
     *
     * @param neighbors customer candidate lists (depot excluded), used above {@link #fullLimit}
     */
    public int[][] build(CvrpProblem problem, NeighborLists neighbors) {
        Metric m = problem.metric();
        int n = problem.size();
        int depot = problem.depot();
        int customers = n - 1;
        int q = problem.capacity();
        int[] pi;
        int[] pj;
        int count;
        if (customers <= fullLimit || neighbors == null || neighbors.k() == 0) {
            long pairs = (long) customers * (customers - 1) / 2;
            pi = new int[(int) pairs];
            pj = new int[(int) pairs];
            count = 0;
            for (int i = 0; i < n; i++) {
                if (i == depot) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (j != depot) {
                        pi[count] = i;
                        pj[count] = j;
                        count++;
                    }
                }
            }
        } else {
            int k = neighbors.k();
            pi = new int[n * k];
            pj = new int[n * k];
            count = 0;
            for (int i = 0; i < n; i++) {
                if (i == depot) {
                    continue;
                }
                for (int t = 0; t < k; t++) {
                    int j = neighbors.get(i, t);
                    if (j != depot && (i < j || !listed(neighbors, j, i))) {
                        pi[count] = i;
                        pj[count] = j;
                        count++;
                    }
                }
            }
        }
        double[] negSaving = new double[count];
        for (int e = 0; e < count; e++) {
            negSaving[e] = -(m.distance(depot, pi[e]) + m.distance(depot, pj[e]) - m.distance(pi[e], pj[e]));
        }
        int[] sorted = IndexSort.ascending(negSaving);

        int[] next = new int[n];
        int[] prev = new int[n];
        int[] routeId = new int[n];
        int[] first = new int[n];
        int[] last = new int[n];
        int[] load = new int[n];
        int[] size = new int[n];
        for (int v = 0; v < n; v++) {
            next[v] = -1;
            prev[v] = -1;
            routeId[v] = v;
            first[v] = v;
            last[v] = v;
            load[v] = problem.demand(v);
            size[v] = 1;
        }
        for (int idx = 0; idx < count; idx++) {
            int e = sorted[idx];
            if (negSaving[e] >= 0) {
                break; // no saving left
            }
            int i = pi[e];
            int j = pj[e];
            int ri = routeId[i];
            int rj = routeId[j];
            if (ri == rj || load[ri] + load[rj] > q) {
                continue;
            }
            boolean iEnd = first[ri] == i || last[ri] == i;
            boolean jEnd = first[rj] == j || last[rj] == j;
            if (!iEnd || !jEnd) {
                continue;
            }
            if (last[ri] != i) {
                reverse(ri, first, last, next, prev);
            }
            if (first[rj] != j) {
                reverse(rj, first, last, next, prev);
            }
            next[i] = j;
            prev[j] = i;
            // relabel the shorter route; its nodes are contiguous, starting at j or at first[ri]
            int keep = size[ri] >= size[rj] ? ri : rj;
            int gone = keep == ri ? rj : ri;
            int start = gone == rj ? j : first[ri];
            if (keep == ri) {
                last[ri] = last[rj];
            } else {
                first[rj] = first[ri];
            }
            for (int v = start; v >= 0 && routeId[v] == gone; v = next[v]) {
                routeId[v] = keep;
            }
            load[keep] += load[gone];
            size[keep] += size[gone];
        }
        int routes = 0;
        for (int v = 0; v < n; v++) {
            if (v != depot && routeId[v] == v) {
                routes++;
            }
        }
        int[][] out = new int[routes][];
        int r = 0;
        for (int v = 0; v < n; v++) {
            if (v == depot || routeId[v] != v) {
                continue;
            }
            int[] route = new int[size[v]];
            int t = 0;
            for (int u = first[v]; u >= 0; u = next[u]) {
                route[t++] = u;
            }
            out[r++] = route;
        }
        return out;
    }

    private static boolean listed(NeighborLists nl, int v, int w) {
        for (int i = 0; i < nl.k(); i++) {
            if (nl.get(v, i) == w) {
                return true;
            }
        }
        return false;
    }

    private static void reverse(int r, int[] first, int[] last, int[] next, int[] prev) {
        int v = first[r];
        while (v >= 0) {
            int nx = next[v];
            next[v] = prev[v];
            prev[v] = nx;
            v = nx;
        }
        int t = first[r];
        first[r] = last[r];
        last[r] = t;
    }
}
