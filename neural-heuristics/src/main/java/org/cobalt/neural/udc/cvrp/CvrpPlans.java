package org.cobalt.neural.udc.cvrp;

import java.util.List;
import org.cobalt.core.routing.CvrpProblem;
import org.cobalt.core.routing.Metric;

/** Costs and loads of routes given as customer sequences (depot excluded). */
public final class CvrpPlans {

    private CvrpPlans() {
    }

    /** Length of one route from the depot through {@code route} back to the depot. */
    public static double routeCost(CvrpProblem p, int[] route) {
        if (route.length == 0) {
            return 0;
        }
        Metric d = p.metric();
        double s = d.distance(p.depot(), route[0]) + d.distance(route[route.length - 1], p.depot());
        for (int i = 1; i < route.length; i++) {
            s += d.distance(route[i - 1], route[i]);
        }
        return s;
    }

    /** Total length of {@code routes}. */
    public static double cost(CvrpProblem p, List<int[]> routes) {
        double s = 0;
        for (int[] r : routes) {
            s += routeCost(p, r);
        }
        return s;
    }

    /** Total length of {@code routes}. */
    public static double cost(CvrpProblem p, int[][] routes) {
        return cost(p, List.of(routes));
    }

    /** Demand served by one route. */
    public static int load(CvrpProblem p, int[] route) {
        int s = 0;
        for (int c : route) {
            s += p.demand(c);
        }
        return s;
    }

    /** Customers of the routes. */
    public static int customers(List<int[]> routes) {
        int s = 0;
        for (int[] r : routes) {
            s += r.length;
        }
        return s;
    }
}
