package org.cobalt.neural.nn;

/**
 * A padded batch for {@link AttentionPolicy}: {@code batch} problems of up to {@code nodes} nodes.
 *
 * @param batch        problems
 * @param nodes        nodes per problem (after padding)
 * @param nodeDim      node feature width
 * @param nodeFeatures [batch, nodes, nodeDim]
 * @param valid        [batch, nodes]: 1 = real node, 0 = padding (the encoder's key mask)
 * @param selectable   [batch, nodes]: 1 = may be chosen next (the decoder's mask; a subset of valid)
 * @param contextDim   context width
 * @param contexts     [batch, contextDim]
 */
public record AttentionInput(int batch, int nodes, int nodeDim, float[] nodeFeatures, float[] valid, float[] selectable,
                             int contextDim,
                             float[] contexts) {

    /** Validates sizes. */
    public AttentionInput {
        BipartiteGraph.requireShape("node features", nodeFeatures, Math.multiplyExact(batch, nodes), nodeDim);
        BipartiteGraph.requireShape("valid mask", valid, batch, nodes);
        BipartiteGraph.requireShape("selectable mask", selectable, batch, nodes);
        BipartiteGraph.requireShape("contexts", contexts, batch, contextDim);
    }
}
