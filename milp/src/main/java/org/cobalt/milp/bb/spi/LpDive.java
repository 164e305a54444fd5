package org.cobalt.milp.bb.spi;

import org.cobalt.milp.lp.Checkpoint;
import org.cobalt.milp.lp.LpStatus;

/**
 * Exclusive use of the search's LP engine for a heuristic's experiments (diving, feasibility pump): change
 * bounds and costs, re-solve warm, read solutions. {@link #close()} restores the bounds, costs, cutoff and
 * basis the node had, so the search continues as if nothing happened. Use with try-with-resources; at
 * most one dive is open at a time. The LP includes the cuts of the node. Values are in working-model units
 * and minimization sense.
 */
public interface LpDive extends AutoCloseable {

    /** Number of structural columns. */
    int numColumns();

    /** Current lower bound of a column in the dive. */
    double lower(int column);

    /** Current upper bound of a column in the dive. */
    double upper(int column);

    /** Changes a column's bounds for the rest of the dive. */
    void setBounds(int column, double lower, double upper);

    /** Current objective coefficient of a column in the dive. */
    double cost(int column);

    /** Changes an objective coefficient for the rest of the dive (feasibility pump). */
    void setCost(int column, double cost);

    /** Objective cutoff for the following solves ({@code +infinity}: none); the dive starts with none. */
    void setObjectiveCutoff(double cutoff);

    /**
     * Re-solves warm from the current basis, at most {@code iterationLimit} iterations ({@code <= 0}: no
     * limit); also stops at the solve's deadline.
     */
    LpStatus solve(long iterationLimit);

    /** Objective of the current LP solution (with the dive's current costs). */
    double objective();

    /** Value of one column in the current LP solution. */
    double value(int column);

    /** The current LP solution (a fresh copy). */
    double[] values();

    /** Saves the LP state (basis) for a cheap {@link #restore}; bounds and costs are not part of it. */
    Checkpoint checkpoint();

    /** Returns to a checkpoint of this dive. */
    void restore(Checkpoint checkpoint);

    /** Simplex iterations of this dive so far. */
    long iterations();

    /** Ends the dive and restores the node's LP (bounds, costs, cutoff, basis). Idempotent. */
    @Override
    void close();
}
