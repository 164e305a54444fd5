package org.cobalt.milp.bb.engine;

import java.util.Map;

/**
 * What a {@link TreeSearch} ended with, in the working model's minimization sense.
 *
 * @param status    how it ended
 * @param solution  the incumbent over the working model's columns, or null
 * @param objective the incumbent's objective, {@code +infinity} when none
 * @param bound     proven lower bound on the optimum ({@code +infinity} when infeasible)
 * @param nodes     nodes processed
 * @param lpIterations simplex iterations of all LPs (nodes, strong branching, dives)
 * @param counters  further statistics
 * @param message   detail (limit hit, numerical trouble)
 */
public record SearchOutcome(Status status, double[] solution, double objective, double bound, long nodes,
                            long lpIterations, Map<String, Long> counters, String message) {

    /** How a search ended. */
    public enum Status {
        /** Tree exhausted or gap closed with an incumbent: optimal within the gap tolerances. */
        OPTIMAL,
        /** Tree exhausted without a solution. */
        INFEASIBLE,
        /** A limit stopped it (or subtrees were abandoned after numerical failures) with an incumbent. */
        FEASIBLE,
        /** A limit stopped it without an incumbent. */
        LIMIT_REACHED,
        /** The root LP is unbounded: the MILP is unbounded or infeasible (decided by the caller). */
        ROOT_UNBOUNDED,
        /** Numerical failure of the root LP, or a component failed. */
        ERROR
    }
}
