package org.cobalt.milp.bb.spi;

/**
 * Looks for feasible solutions. Called when its {@link #timing()} is due, with the LP of the current node
 * solved to optimality; it submits candidate solutions through {@link HeuristicContext#submit}, which
 * checks them (bounds, rows and integrality within the engine's tolerances) before accepting one as the
 * new incumbent. A heuristic never changes the search state except through the context: LP experiments
 * go through {@link HeuristicContext#startDive()}, which restores everything when closed.
 *
 * <p>The engine's own {@code org.cobalt.milp.bb.heuristics.SimpleRounding} runs at every node; diving,
 * feasibility pump and RINS are added to {@link org.cobalt.milp.bb.BbComponents#heuristics()}.
 */
public interface PrimalHeuristic {

    /** Short stable name ("rounding", "diving", "fpump", "rins", ...); also the source of its incumbents. */
    String name();

    /** When to call it. */
    HeuristicTiming timing();

    /** Searches for solutions; submits each candidate through {@code ctx.submit}. */
    void run(HeuristicContext ctx);

    /** The instance to use for one solve: {@code this} when stateless (see the package conventions). */
    default PrimalHeuristic forSolve() {
        return this;
    }
}
