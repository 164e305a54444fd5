package org.cobalt.routing.tsp;

import java.util.random.RandomGenerator;
import org.cobalt.core.routing.Metric;
import org.cobalt.routing.NeighborLists;

/**
 * Builds a first tour. Implementations are stateless and thread-safe; randomness comes only from
 * the generator passed in.
 */
public interface TourConstruction {

    /** Short id as used in solver parameters ({@code nn}, {@code greedy}, ...). */
    String id();

    /** True when this construction can handle the metric (some need coordinates). */
    default boolean supports(Metric metric) {
        return true;
    }

    /**
     * A tour over all nodes of {@code metric}, as a permutation of 0..n-1.
     *
     * @param neighbors candidate lists of the metric (used by some constructions to stay near linear)
     * @param random    the only source of randomness
     */
    int[] build(Metric metric, NeighborLists neighbors, RandomGenerator random);
}
