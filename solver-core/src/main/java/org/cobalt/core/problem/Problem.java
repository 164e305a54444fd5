package org.cobalt.core.problem;

/**
 * An immutable, validated optimization problem instance. Every family (MILP, TSP, CVRP,
 * scheduling, ...) implements this; solvers declare which concrete type they accept.
 */
public interface Problem {

    /** Instance name (file stem or generator label); never null, may be empty. */
    String name();

    /** The family this instance belongs to, used for grouping in reports and for dispatch. */
    ProblemFamily family();

    /** A short human-readable size, e.g. {@code "33 vars x 16 rows"} or {@code "100 nodes"}. */
    String sizeDescription();

    /** True when the objective is maximized; every family but some MILPs minimizes. */
    default boolean isMaximization() {
        return false;
    }
}
