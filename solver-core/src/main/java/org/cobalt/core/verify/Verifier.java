package org.cobalt.core.verify;

import org.cobalt.core.problem.Problem;
import org.cobalt.core.solution.Solution;

/**
 * Checks a solution against its problem without sharing code with any solver. Extra verifiers
 * (for problem types outside solver-core) register through {@code META-INF/services}.
 */
public interface Verifier<P extends Problem, S extends Solution> {

    Class<P> problemType();

    Class<S> solutionType();

    Verification verify(P problem, S solution, Tolerances tolerances);
}
