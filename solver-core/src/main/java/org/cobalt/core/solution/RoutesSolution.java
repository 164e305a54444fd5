package org.cobalt.core.solution;

import java.util.Arrays;

/**
 * Vehicle routes: each route lists the customers it visits in order (0-based node indices, depot
 * excluded); every route starts and ends at the depot.
 */
public final class RoutesSolution implements Solution {

    private final int[][] routes;

    public RoutesSolution(int[][] routes) {
        this.routes = new int[routes.length][];
        for (int r = 0; r < routes.length; r++) {
            this.routes[r] = routes[r].clone();
        }
    }

    public int routeCount() {
        return routes.length;
    }

    /** Copy of route {@code r}. */
    public int[] route(int r) {
        return routes[r].clone();
    }

    /** Deep copy of all routes. */
    public int[][] routes() {
        int[][] copy = new int[routes.length][];
        for (int r = 0; r < routes.length; r++) {
            copy[r] = routes[r].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoutesSolution s && Arrays.deepEquals(routes, s.routes);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(routes);
    }

    @Override
    public String toString() {
        return "RoutesSolution[" + routes.length + " routes]";
    }
}
