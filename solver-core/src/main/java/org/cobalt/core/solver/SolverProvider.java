package org.cobalt.core.solver;

import org.cobalt.core.problem.Problem;

/**
 * Service-provider entry for one solver, registered in
 * {@code META-INF/services/org.cobalt.core.solver.SolverProvider} so that the CLI and the batch
 * runner find solvers without compile-time knowledge of them.
 */
public interface SolverProvider {

    /** Stable id, unique across providers. */
    String id();

    /** One line saying what the solver is. */
    String description();

    /** The problem type its solvers accept. */
    Class<? extends Problem> problemType();

    /** Version of the underlying implementation or library. */
    default String version() {
        return "cobalt";
    }

    /**
     * Null when the solver can run on this machine; otherwise why not (e.g. a native library that
     * failed to load). Must be cheap after the first call.
     */
    default String unavailableReason() {
        return null;
    }

    /** A new solver instance. */
    Solver<? extends Problem> create();
}
