package org.cobalt.core.solver;

import org.cobalt.core.problem.Problem;

/**
 * A solver for one problem type. Implementations are usually found through a
 * {@link SolverProvider} and extend {@link AbstractSolver}, which supplies the event, timing and
 * error-handling frame.
 *
 * @param <P> the problem type it accepts
 */
public interface Solver<P extends Problem> {

    /** Stable id, e.g. {@code scip}, {@code cobalt-bb}, {@code mddc}. */
    String id();

    /** The problem type this solver accepts. */
    Class<P> problemType();

    /**
     * Solves the problem. Never throws for solver failures: those come back as
     * {@link SolveStatus#ERROR} results; it throws only for null arguments.
     */
    SolveResult solve(P problem, SolveOptions options, SolverListener listener);

    /** Solves without a listener. */
    default SolveResult solve(P problem, SolveOptions options) {
        return solve(problem, options, SolverListener.NONE);
    }

    /**
     * Why this solver cannot take the problem (e.g. "integer variables in an LP-only solver"), or
     * null when it can. The default accepts every instance of {@link #problemType()}.
     */
    default String unsupportedReason(Problem problem) {
        return problemType().isInstance(problem) ? null
                : "solver " + id() + " solves " + problemType().getSimpleName() + ", not " + problem.getClass().getSimpleName();
    }

    /**
     * Why this solver cannot take the problem under these options, or null when it can. Solvers
     * whose capabilities depend on a parameter (e.g. an LP solver asked to solve a MILP's LP
     * relaxation) override this; the default ignores the options.
     */
    default String unsupportedReason(Problem problem, SolveOptions options) {
        return unsupportedReason(problem);
    }
}
