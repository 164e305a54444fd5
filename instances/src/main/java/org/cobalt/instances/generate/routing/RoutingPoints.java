package org.cobalt.instances.generate.routing;

import java.util.random.RandomGenerator;

/** Uniform random points shared by the routing generators. */
final class RoutingPoints {

    private RoutingPoints() {
    }

    /**
     * Fills {@code x[from..]}, {@code y[from..]}: uniform in [0, 1) when {@code grid == 0}, else
     * integers uniform in [0, grid]. Draws x then y for each point, in index order.
     */
    static void fill(RandomGenerator rng, int grid, double[] x, double[] y, int from) {
        for (int i = from; i < x.length; i++) {
            if (grid == 0) {
                x[i] = rng.nextDouble();
                y[i] = rng.nextDouble();
            } else {
                x[i] = rng.nextLong(grid + 1L);
                y[i] = rng.nextLong(grid + 1L);
            }
        }
    }
}
