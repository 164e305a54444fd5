package org.cobalt.scheduling.local;

/** The move families of {@link DescentLocalSearch}. */
public enum Neighborhood {
    /** Exchange two adjacent jobs (API): n - 1 moves, O(1) each. */
    ADJACENT_INTERCHANGE,
    /** Exchange any two jobs (GPI): n(n - 1)/2 moves, O(distance) each. */
    PAIRWISE_INTERCHANGE,
    /** Move one job to another position: (n - 1)^2 moves, a whole row of one job in O(n). */
    INSERTION
}
