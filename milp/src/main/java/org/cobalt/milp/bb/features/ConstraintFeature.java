package org.cobalt.milp.bb.features;

/**
 * The 5 per-constraint features of {@link BipartiteGraph}, in column order of
 * {@link BipartiteGraph#constraintFeatures()}, after Gasse et al. (2019), table 1. Every finite side of an
 * LP row becomes one constraint node written as {@code s * a.x <= s * side}, with {@code s = -1} for a
 * lower side and {@code s = +1} for an upper side (an equality or ranged row gives two nodes, a free row
 * none). {@code ||a||} is the row's Euclidean norm and {@code ||c||} the objective's (each 1 when 0).
 */
public enum ConstraintFeature {
    /** Cosine similarity with the objective: {@code s * (a . c) / (||a|| ||c||)}. */
    OBJECTIVE_COSINE_SIMILARITY,
    /** Normalized right-hand side: {@code s * side / ||a||}. */
    BIAS,
    /** 1 when the LP activity is at this side (within the feasibility tolerance, relative to {@code max(1, |side|)}). */
    IS_TIGHT,
    /** Normalized dual value {@code s * y_i / (||a|| ||c||)} (minimization signs). */
    DUAL_VALUE,
    /**
     * LP age {@code age_i / (nodeLps + 5)}: {@code age_i} counts the consecutive node LPs (up to this one)
     * in which the row was not tight at either side. Tracked only for rules that use node features, else 0.
     */
    AGE;

    /** Number of constraint features (5). */
    public static final int COUNT = values().length;

    /** Column of this feature in the feature matrix. */
    public int index() {
        return ordinal();
    }
}
