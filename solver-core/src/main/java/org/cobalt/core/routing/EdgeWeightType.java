package org.cobalt.core.routing;

/**
 * Distance conventions of TSPLIB (Reinelt 1991, section 2) for coordinate instances, plus
 * {@link #EXACT_2D} (unrounded Euclidean, not in TSPLIB) for random instances in the unit square.
 */
public enum EdgeWeightType {
    /** Euclidean distance rounded to the nearest integer: {@code nint(sqrt(dx^2+dy^2))}. */
    EUC_2D,
    /** Euclidean distance rounded up. */
    CEIL_2D,
    /** Pseudo-Euclidean distance of the att48/att532 instances. */
    ATT,
    /** Geographical distance on an idealized sphere; coordinates are DDD.MM latitude/longitude. */
    GEO,
    /** Manhattan distance rounded to the nearest integer. */
    MAN_2D,
    /** Maximum (Chebyshev) distance rounded to the nearest integer. */
    MAX_2D,
    /** Plain Euclidean distance without rounding. */
    EXACT_2D
}
