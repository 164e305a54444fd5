package org.cobalt.scheduling.rules;

import org.cobalt.core.scheduling.SingleMachineProblem;

/**
 * A constructive heuristic: builds one job sequence for a single-machine problem, deterministically
 * (every rule states its tie-breaking). Implementations are immutable and thread-safe.
 */
public interface SequencingRule {

    /** Stable id, also the solver id of the rule ({@code edd}, {@code mddc}, ...). */
    String id();

    /** A permutation of {@code 0..n-1}, first job first. */
    int[] sequence(SingleMachineProblem problem);
}
