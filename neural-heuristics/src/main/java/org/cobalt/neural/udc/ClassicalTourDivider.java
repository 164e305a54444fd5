package org.cobalt.neural.udc;

import java.util.random.RandomGenerator;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.NeighborLists;
import org.cobalt.routing.tsp.Construction;
import org.cobalt.routing.tsp.TourConstruction;

/**
 * The classical divide: a tour construction of {@code org.cobalt.routing} (default random insertion, the
 * start UDC's paper uses for TSP10k). The fallback when no divide model is available.
 */
public final class ClassicalTourDivider implements TourDivider {

    private final Construction construction;

    /** Divides with {@code construction}. */
    public ClassicalTourDivider(Construction construction) {
        this.construction = construction;
    }

    @Override
    public String id() {
        return construction.id();
    }

    @Override
    public int[] divide(Metric metric, PlanarPoints points, RandomGenerator random) {
        TourConstruction c = construction.create();
        return c.build(metric, NeighborLists.build(metric, 10), random);
    }
}
