package org.cobalt.milp.reference;

/**
 * What one backend run reported, in the backend's own terms, before cobalt maps it to a
 * {@link org.cobalt.core.solver.SolveStatus}.
 *
 * @param kind         the backend's verdict
 * @param objective    objective of {@code values} as the backend computed it (with the constant), or NaN
 * @param bound        the backend's dual bound, or NaN when it gives none
 * @param values       variable values in model order, or null without a solution
 * @param nodes        branch-and-bound nodes, or -1
 * @param lpIterations simplex iterations, or -1
 * @param detail       the backend's raw status, for messages
 */
record BackendOutcome(Kind kind, double objective, double bound, double[] values, long nodes, long lpIterations,
                      String detail) {

    /** The backend's verdict. */
    enum Kind {
        /** Solved to optimality within the backend's tolerances; {@code values} is set. */
        OPTIMAL,
        /** Stopped with a solution that is not proven optimal; {@code values} is set. */
        FEASIBLE,
        /** Reported infeasible (for some backends this also covers "infeasible or unbounded"). */
        INFEASIBLE,
        /** Reported unbounded (for some backends only the continuous relaxation is). */
        UNBOUNDED,
        /** Stopped by a limit or an interrupt before it had a solution. */
        NOT_SOLVED,
        /** Gave up or failed; may also mean a limit without a solution. */
        ABNORMAL,
        /** Rejected the model as invalid. */
        INVALID
    }

    boolean hasSolution() {
        return values != null && (kind == Kind.OPTIMAL || kind == Kind.FEASIBLE);
    }
}
