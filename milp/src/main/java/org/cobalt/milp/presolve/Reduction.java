package org.cobalt.milp.presolve;

/**
 * One presolve reduction. It changes the working model only through {@link WorkingModel}'s methods and
 * must keep the optimal value, and map every feasible reduced point back to a feasible original one.
 */
interface Reduction {

    /** The kind this reduction's changes are counted under. */
    ReductionKind kind();

    /** One pass over the working model. Stops early once the model is decided. */
    void apply(WorkingModel w);
}
