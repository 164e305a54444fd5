package org.cobalt.milp.presolve;

/**
 * The reductions {@link DefaultPresolver} knows, in the order one presolve round tries them. The
 * cleanups that keep the working model consistent (empty rows and columns, fixed columns, free rows)
 * always run; every kind here can be switched off through {@link PresolveOptions#withReductions}.
 */
public enum ReductionKind {
    /** A row with one entry becomes a bound on its variable (rounded for integers) and is removed. */
    SINGLETON_ROWS,
    /** Bounds implied by row activities (with integer rounding), forcing rows included. */
    BOUND_TIGHTENING,
    /** Rows or row sides implied by the activity bounds are dropped; impossible rows prove infeasibility. */
    REDUNDANT_ROWS,
    /** Coefficient strengthening of integer variables in one-sided rows, and side rounding of all-integer rows. */
    COEFFICIENT_TIGHTENING,
    /** Continuous column singletons: implied-free substitution, zero-cost slacks, rows made tight by the objective. */
    COLUMN_SINGLETONS,
    /** A column whose cost and locks push it to one finite bound is fixed there. */
    DUAL_FIXING,
    /** Parallel rows (found by hashing normalized rows) are merged into one. */
    PARALLEL_ROWS,
    /** Parallel columns with proportional costs are merged into one (continuous, or integer with ratio 1). */
    PARALLEL_COLUMNS
}
