package org.cobalt.core.solution;

/**
 * A candidate solution of some problem. Solutions carry no objective value of their own: the
 * objective a solver reports is checked against the one a verifier recomputes from the solution.
 */
public interface Solution {
}
