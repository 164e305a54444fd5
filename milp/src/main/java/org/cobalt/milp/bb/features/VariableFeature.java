package org.cobalt.milp.bb.features;

/**
 * The 19 per-variable features of {@link BipartiteGraph}, in column order of
 * {@link BipartiteGraph#variableFeatures()}, after Gasse et al., "Exact Combinatorial Optimization with
 * Graph Convolutional Neural Networks" (NeurIPS 2019), table 1. {@code ||c||} is the Euclidean norm of the
 * working model's objective (1 when it is 0); values are those of the node LP.
 */
public enum VariableFeature {
    /** 1 for a binary variable (integral with bounds within [0, 1]). Type one-hot, 1 of 4. */
    TYPE_BINARY,
    /** 1 for a general integer variable. Type one-hot, 2 of 4. */
    TYPE_INTEGER,
    /** 1 for an implicit integer (continuous but forced integral); cobalt has none, always 0. Type one-hot, 3 of 4. */
    TYPE_IMPLICIT_INTEGER,
    /** 1 for a continuous variable. Type one-hot, 4 of 4. */
    TYPE_CONTINUOUS,
    /** Objective coefficient {@code c_j / ||c||}. */
    OBJECTIVE,
    /** 1 when the local lower bound is finite. */
    HAS_LOWER_BOUND,
    /** 1 when the local upper bound is finite. */
    HAS_UPPER_BOUND,
    /** 1 when the LP value is at the local lower bound (within 1e-9 relative). */
    SOLUTION_AT_LOWER_BOUND,
    /** 1 when the LP value is at the local upper bound (within 1e-9 relative). */
    SOLUTION_AT_UPPER_BOUND,
    /** Fractionality {@code x_j - floor(x_j)} of an integral variable (values within 1e-9 of an integer give 0); 0 for continuous ones. */
    SOLUTION_FRACTIONALITY,
    /** 1 when nonbasic at its lower bound (also fixed). Basis one-hot, 1 of 4. */
    BASIS_AT_LOWER,
    /** 1 when basic. Basis one-hot, 2 of 4. */
    BASIS_BASIC,
    /** 1 when nonbasic at its upper bound. Basis one-hot, 3 of 4. */
    BASIS_AT_UPPER,
    /** 1 when nonbasic free at zero. Basis one-hot, 4 of 4. */
    BASIS_ZERO,
    /** Reduced cost {@code d_j / ||c||} (minimization signs). */
    REDUCED_COST,
    /**
     * LP age {@code age_j / (nodeLps + 5)}: {@code age_j} counts the consecutive node LPs (up to this one)
     * in which the column's value was 0; {@code nodeLps} is the number of node LPs solved so far. Tracked
     * only when the rule {@link org.cobalt.milp.bb.spi.BranchingRule#usesNodeFeatures() uses node features}, else 0.
     */
    AGE,
    /** The LP value {@code x_j}, unnormalized. */
    SOLUTION_VALUE,
    /** The value in the incumbent, 0 when there is none. */
    INCUMBENT_VALUE,
    /** The average value over all incumbents found so far, 0 when there is none. */
    AVERAGE_INCUMBENT_VALUE;

    /** Number of variable features (19). */
    public static final int COUNT = values().length;

    /** Column of this feature in the feature matrix. */
    public int index() {
        return ordinal();
    }
}
