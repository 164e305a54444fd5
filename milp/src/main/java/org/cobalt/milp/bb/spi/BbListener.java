package org.cobalt.milp.bb.spi;

/**
 * Observes the tree search (recorders, statistics, visualisation). Called on the search thread; keep it
 * cheap. To stop a solve, use the {@link org.cobalt.core.solver.SolverListener} of the solve call
 * ({@code control.requestStop()}). Listeners get no {@code forSolve()} copy: one that keeps per-solve
 * state must be created per solve.
 */
public interface BbListener {

    /** A node was processed (its final outcome is known). */
    default void nodeProcessed(NodeReport report) {
    }

    /** A new incumbent was accepted. */
    default void incumbentFound(double objective, String source, long nodesProcessed) {
    }
}
