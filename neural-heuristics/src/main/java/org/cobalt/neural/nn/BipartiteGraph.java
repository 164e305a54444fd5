package org.cobalt.neural.nn;

/**
 * A bipartite constraint–variable graph with features, as Gasse et al. (2019) encode a MILP: one node
 * per constraint and per variable, one edge per non-zero. Features are row-major ([n, dim]); the arrays
 * are not copied (callers must not modify them afterwards), so that batching large graphs stays cheap.
 *
 * @param numConstraints      constraint nodes
 * @param numVariables        variable nodes
 * @param constraintDim       features per constraint
 * @param constraintFeatures  [numConstraints, constraintDim]
 * @param variableDim         features per variable
 * @param variableFeatures    [numVariables, variableDim]
 * @param edgeDim             features per edge
 * @param edgeConstraint      constraint end of each edge
 * @param edgeVariable        variable end of each edge
 * @param edgeFeatures        [edges, edgeDim]
 */
public record BipartiteGraph(int numConstraints, int numVariables,
                             int constraintDim, float[] constraintFeatures,
                             int variableDim, float[] variableFeatures,
                             int edgeDim, int[] edgeConstraint, int[] edgeVariable, float[] edgeFeatures) {

    /** Validates sizes and index ranges. */
    public BipartiteGraph {
        requireShape("constraint features", constraintFeatures, numConstraints, constraintDim);
        requireShape("variable features", variableFeatures, numVariables, variableDim);
        if (edgeConstraint == null || edgeVariable == null || edgeConstraint.length != edgeVariable.length) {
            throw new IllegalArgumentException("edge index arrays must exist and have equal lengths");
        }
        requireShape("edge features", edgeFeatures, edgeConstraint.length, edgeDim);
        requireRange("edge constraint", edgeConstraint, numConstraints);
        requireRange("edge variable", edgeVariable, numVariables);
    }

    /** Number of edges. */
    public int numEdges() {
        return edgeConstraint.length;
    }

    static void requireShape(String what, float[] a, int rows, int dim) {
        if (rows < 0 || dim < 0) {
            throw new IllegalArgumentException(what + ": negative size " + rows + "x" + dim);
        }
        if (a == null || a.length != (long) rows * dim) {
            throw new IllegalArgumentException(what + ": expected " + rows + "x" + dim + " values, got "
                    + (a == null ? "none" : a.length));
        }
    }

    static void requireRange(String what, int[] idx, int n) {
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] < 0 || idx[i] >= n) {
                throw new IllegalArgumentException(what + " index " + idx[i] + " at edge " + i + " outside [0, " + n + ")");
            }
        }
    }
}
