package org.cobalt.milp.presolve;

import org.cobalt.core.milp.MilpModel;

/**
 * Reduces a MILP to a smaller one with the same optimal value, and gives a {@link Postsolve} that maps
 * any feasible solution of the reduced model to a feasible solution of the original with the same
 * objective value. {@link DefaultPresolver} is the standard implementation.
 */
public interface Presolver {

    /** Presolves the model. Never modifies it; throws only for null arguments. */
    PresolveResult presolve(MilpModel model, PresolveOptions options);

    /** Presolves with {@link PresolveOptions#DEFAULT}. */
    default PresolveResult presolve(MilpModel model) {
        return presolve(model, PresolveOptions.DEFAULT);
    }
}
