package org.cobalt.milp.bb.features;

import java.util.Objects;

/**
 * A branch-and-bound node as a bipartite variable–constraint graph with Gasse et al. (2019) features:
 * one node per column of the working model ({@link VariableFeature}, 19 features), one node per finite
 * side of every LP row ({@link ConstraintFeature}, 5 features), and one edge per nonzero of a constraint
 * node's row with one feature: the coefficient written in {@code <=} form and divided by the row norm,
 * {@code s * a_ij / ||a||} (see {@link ConstraintFeature} for {@code s}).
 *
 * <p>Matrices are row-major {@code float} arrays: variable {@code j}'s features are
 * {@code variableFeatures[j * VariableFeature.COUNT + f]}. Edges are listed constraint node by constraint
 * node, columns increasing within one. Immutable once built (arrays are not copied: do not modify them).
 *
 * @param numVariables        number of variable nodes (columns of the working model)
 * @param numConstraints      number of constraint nodes
 * @param variableFeatures    {@code numVariables x 19}
 * @param constraintFeatures  {@code numConstraints x 5}
 * @param constraintRow       the LP row of each constraint node
 * @param constraintIsLower   true when the constraint node is the row's lower side ({@code s = -1})
 * @param edgeConstraint      constraint node of each edge
 * @param edgeVariable        variable node of each edge
 * @param edgeFeatures        {@code numEdges x 1}
 */
public record BipartiteGraph(int numVariables, int numConstraints, float[] variableFeatures,
                             float[] constraintFeatures, int[] constraintRow, boolean[] constraintIsLower,
                             int[] edgeConstraint, int[] edgeVariable, float[] edgeFeatures) {

    /** Number of edge features (1). */
    public static final int EDGE_FEATURE_COUNT = 1;

    public BipartiteGraph {
        Objects.requireNonNull(variableFeatures, "variableFeatures");
        Objects.requireNonNull(constraintFeatures, "constraintFeatures");
        if (variableFeatures.length != numVariables * VariableFeature.COUNT
                || constraintFeatures.length != numConstraints * ConstraintFeature.COUNT
                || constraintRow.length != numConstraints || constraintIsLower.length != numConstraints
                || edgeVariable.length != edgeConstraint.length
                || edgeFeatures.length != edgeConstraint.length * EDGE_FEATURE_COUNT) {
            throw new IllegalArgumentException("inconsistent bipartite graph shapes");
        }
    }

    /** Number of edges. */
    public int numEdges() {
        return edgeConstraint.length;
    }

    /** One variable feature. */
    public float variable(int j, VariableFeature f) {
        return variableFeatures[j * VariableFeature.COUNT + f.index()];
    }

    /** One constraint feature. */
    public float constraint(int i, ConstraintFeature f) {
        return constraintFeatures[i * ConstraintFeature.COUNT + f.index()];
    }
}
