package org.cobalt.core.routing;

/**
 * Distances between nodes {@code 0..size()-1}. Implementations compute on the fly where they can,
 * so that large instances need no n-by-n matrix.
 */
public interface Metric {

    /** Number of nodes. */
    int size();

    /** Distance from node {@code i} to node {@code j}. */
    double distance(int i, int j);

    /** True when {@code distance(i, j) == distance(j, i)} for all pairs. */
    boolean isSymmetric();

    /** True when every distance is integral (all TSPLIB conventions except {@link EdgeWeightType#EXACT_2D}). */
    boolean isIntegral();
}
