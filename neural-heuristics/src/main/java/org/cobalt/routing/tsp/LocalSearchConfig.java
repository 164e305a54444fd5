package org.cobalt.routing.tsp;

/**
 * Which tour moves the local search uses.
 *
 * @param neighbors       candidate-list length k (10 to 16 is usual)
 * @param twoOpt          2-opt moves
 * @param orOptMaxSegment longest segment an Or-opt move relocates (0 disables Or-opt; at most 3)
 * @param orOptReversed   also insert segments reversed, which makes Or-opt the "or-3opt" move
 *                        (segment insertion with optional reversal, a restricted 3-opt)
 */
public record LocalSearchConfig(int neighbors, boolean twoOpt, int orOptMaxSegment, boolean orOptReversed) {

    /** 10 neighbours, 2-opt and Or-3opt with segments of up to 3 nodes. */
    public static final LocalSearchConfig DEFAULT = new LocalSearchConfig(10, true, 3, true);

    /** 2-opt alone. */
    public static final LocalSearchConfig TWO_OPT_ONLY = new LocalSearchConfig(10, true, 0, false);

    public LocalSearchConfig {
        if (neighbors < 1) {
            throw new IllegalArgumentException("neighbors must be positive, got " + neighbors);
        }
        if (orOptMaxSegment < 0 || orOptMaxSegment > 3) {
            throw new IllegalArgumentException("orOptMaxSegment must be in 0..3, got " + orOptMaxSegment);
        }
        if (!twoOpt && orOptMaxSegment == 0) {
            throw new IllegalArgumentException("enable 2-opt or Or-opt");
        }
    }

    public LocalSearchConfig withNeighbors(int k) {
        return new LocalSearchConfig(k, twoOpt, orOptMaxSegment, orOptReversed);
    }

    public LocalSearchConfig withOrOpt(int maxSegment, boolean reversed) {
        return new LocalSearchConfig(neighbors, twoOpt, maxSegment, reversed);
    }
}
