package org.cobalt.neural.nn;

/**
 * A directed graph given by an edge list, with node and edge features (row-major; arrays not copied).
 * Messages flow from {@code source[e]} to {@code target[e]}; an undirected graph lists both directions.
 *
 * @param numNodes     nodes
 * @param nodeDim      features per node
 * @param nodeFeatures [numNodes, nodeDim]
 * @param edgeDim      features per edge
 * @param source       tail of each edge
 * @param target       head of each edge
 * @param edgeFeatures [edges, edgeDim]
 */
public record SparseGraph(int numNodes, int nodeDim, float[] nodeFeatures, int edgeDim,
                          int[] source, int[] target, float[] edgeFeatures) {

    /** Validates sizes and index ranges. */
    public SparseGraph {
        BipartiteGraph.requireShape("node features", nodeFeatures, numNodes, nodeDim);
        if (source == null || target == null || source.length != target.length) {
            throw new IllegalArgumentException("edge index arrays must exist and have equal lengths");
        }
        BipartiteGraph.requireShape("edge features", edgeFeatures, source.length, edgeDim);
        BipartiteGraph.requireRange("edge source", source, numNodes);
        BipartiteGraph.requireRange("edge target", target, numNodes);
    }

    /** Number of (directed) edges. */
    public int numEdges() {
        return source.length;
    }
}
