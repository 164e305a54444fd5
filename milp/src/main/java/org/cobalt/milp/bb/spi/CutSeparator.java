package org.cobalt.milp.bb.spi;

import java.util.List;

/**
 * Finds cutting planes that separate the current LP solution from the integer hull. Called in the
 * root cut loop, once per round, after the LP was re-solved with the previous round's cuts.
 *
 * <p>The engine collects the cuts of all separators in a round, keeps those with efficacy at least
 * {@link org.cobalt.milp.bb.CutLoopSettings#minEfficacy()}, selects greedily by efficacy while skipping
 * cuts too parallel to an already selected one ({@link org.cobalt.milp.bb.CutLoopSettings#maxParallelism()}),
 * adds at most {@link org.cobalt.milp.bb.CutLoopSettings#maxCutsPerRound()} to the LP, and removes cuts
 * that stay slack. The loop stops when no cut is found, the bound stalls, or the round limit is reached.
 * Returned cuts must be globally valid (see {@link Cut}); the engine does not re-check validity.
 */
public interface CutSeparator {

    /** Short stable name ("gomory", "mir", "cover", ...). */
    String name();

    /**
     * Separates the LP solution of {@code ctx}. May return cuts that are not violated (the engine filters
     * them); should return quickly when {@code ctx.shouldStop()}.
     */
    List<Cut> separate(SeparationContext ctx);

    /** The instance to use for one solve: {@code this} when stateless (see the package conventions). */
    default CutSeparator forSolve() {
        return this;
    }
}
