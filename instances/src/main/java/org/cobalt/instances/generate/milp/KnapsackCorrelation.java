package org.cobalt.instances.generate.milp;

import java.util.random.RandomGenerator;

/**
 * How profits relate to weights in the classic knapsack test classes (Martello, Pisinger and Toth;
 * Pisinger 1999), for weights uniform in {@code [min, max]} and {@code delta = (max - min) / 10}.
 */
public enum KnapsackCorrelation {
    /** Profit uniform in {@code [min, max]}, independent of the weight. */
    UNCORRELATED,
    /** Profit uniform in {@code [w - delta, w + delta]}, at least 1. */
    WEAKLY_CORRELATED,
    /** Profit {@code w + delta}. */
    STRONGLY_CORRELATED,
    /** Profit equal to the weight (subset sum). */
    SUBSET_SUM;

    /** A profit for an item of weight {@code w}. */
    int profit(int w, int min, int max, RandomGenerator rng) {
        int delta = Math.max(1, (max - min) / 10);
        return switch (this) {
            case UNCORRELATED -> rng.nextInt(min, max + 1);
            case WEAKLY_CORRELATED -> rng.nextInt(Math.max(1, w - delta), w + delta + 1);
            case STRONGLY_CORRELATED -> w + delta;
            case SUBSET_SUM -> w;
        };
    }
}
