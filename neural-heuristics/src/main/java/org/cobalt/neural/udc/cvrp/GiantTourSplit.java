package org.cobalt.neural.udc.cvrp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.Metric;

/**
 * Prins' split (2004): the cheapest way to cut a sequence of customers into consecutive routes that each
 * fit the vehicle capacity, by dynamic programming over cut positions. With prefix sums of the path
 * length, the cost of a route over positions i..j is d(depot, c_i) + path(i..j) + d(c_j, depot); a route
 * grows until its load exceeds the capacity, so the DP costs O(n · L) for routes of at most L customers.
 * Route-first, cluster-second: this is how a giant tour (from the divide network, or reordered by the
 * path policy) becomes a CVRP solution.
 */
public final class GiantTourSplit {

    private GiantTourSplit() {
    }

    /** The optimal routes (customers in sequence order) for {@code sequence}. */
    public static int[][] split(CvrpProblem problem, int[] sequence) {
        int n = sequence.length;
        if (n == 0) {
            return new int[0][];
        }
        Metric d = problem.metric();
        int depot = problem.depot();
        int q = problem.capacity();
        double[] prefix = new double[n];
        for (int i = 1; i < n; i++) {
            prefix[i] = prefix[i - 1] + d.distance(sequence[i - 1], sequence[i]);
        }
        double[] best = new double[n + 1];
        int[] cut = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Double.POSITIVE_INFINITY) {
                continue;
            }
            int load = 0;
            double out = d.distance(depot, sequence[i]);
            for (int j = i; j < n; j++) {
                load += problem.demand(sequence[j]);
                if (load > q) {
                    break;
                }
                double cost = best[i] + out + (prefix[j] - prefix[i]) + d.distance(sequence[j], depot);
                if (cost < best[j + 1]) {
                    best[j + 1] = cost;
                    cut[j + 1] = i;
                }
            }
        }
        if (best[n] == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("a customer demands more than the capacity");
        }
        List<int[]> routes = new ArrayList<>();
        for (int j = n; j > 0; j = cut[j]) {
            routes.add(Arrays.copyOfRange(sequence, cut[j], j));
        }
        java.util.Collections.reverse(routes);
        return routes.toArray(new int[0][]);
    }
}
