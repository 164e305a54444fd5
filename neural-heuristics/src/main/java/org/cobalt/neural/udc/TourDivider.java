package org.cobalt.neural.udc;

import java.util.random.RandomGenerator;
import org.cobalt.core.routing.Metric;

/** UDC's divide step as a strategy: the first tour, which the conquer rounds then improve piece by piece. */
public interface TourDivider {

    /** Short name for logs and results. */
    String id();

    /** A tour over all nodes of {@code metric} (a permutation of 0..n-1). */
    int[] divide(Metric metric, PlanarPoints points, RandomGenerator random);
}
