package org.cobalt.milp.bb.spi;

/**
 * When the engine calls a {@link PrimalHeuristic}: after the root LP (after the cut loop) and/or at tree
 * nodes after their LP was solved to optimality with a fractional solution.
 *
 * @param atRoot    run once at the root
 * @param frequency run at every tree node whose number (processed nodes before it, the root being 0)
 *                  satisfies {@code number % frequency == offset}; 0 never runs in the tree
 * @param offset    see {@code frequency}, in {@code [0, frequency)}
 * @param maxDepth  do not run at nodes deeper than this ({@code -1}: no limit)
 */
public record HeuristicTiming(boolean atRoot, int frequency, int offset, int maxDepth) {

    public HeuristicTiming {
        if (frequency < 0 || offset < 0 || (frequency > 0 && offset >= frequency) || maxDepth < -1) {
            throw new IllegalArgumentException("invalid heuristic timing: frequency " + frequency + ", offset "
                    + offset + ", max depth " + maxDepth);
        }
    }

    /** Only once, at the root. */
    public static HeuristicTiming rootOnly() {
        return new HeuristicTiming(true, 0, 0, -1);
    }

    /** At the root and at every node. */
    public static HeuristicTiming everyNode() {
        return new HeuristicTiming(true, 1, 0, -1);
    }

    /** At the root and at every {@code k}-th node. */
    public static HeuristicTiming everyNodes(int k) {
        return new HeuristicTiming(true, k, 0, -1);
    }

    /** True when due at a tree node with this number and depth (the root is handled by {@link #atRoot}). */
    public boolean dueAt(long nodeNumber, int depth) {
        return frequency > 0 && nodeNumber % frequency == offset && (maxDepth < 0 || depth <= maxDepth);
    }
}
