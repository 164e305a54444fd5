package org.cobalt.neural.nn;

import java.util.List;

/**
 * Many sparse graphs as one disjoint union without padding (node arrays concatenated, edge indices
 * offset). Graph {@code g} owns nodes {@code [nodeOffsets[g], nodeOffsets[g+1])} and edges
 * {@code [edgeOffsets[g], edgeOffsets[g+1])}.
 *
 * @param union       the disjoint union
 * @param nodeOffsets prefix sums of node counts (length graphs + 1)
 * @param edgeOffsets prefix sums of edge counts (length graphs + 1)
 */
public record GraphBatch(SparseGraph union, int[] nodeOffsets, int[] edgeOffsets) {

    /** Number of graphs. */
    public int size() {
        return nodeOffsets.length - 1;
    }

    /** For every node of the union, the graph it belongs to (a segment index for pooling). */
    public int[] graphOfNode() {
        int[] g = new int[union.numNodes()];
        for (int i = 0; i < size(); i++) {
            java.util.Arrays.fill(g, nodeOffsets[i], nodeOffsets[i + 1], i);
        }
        return g;
    }

    /** Concatenates graphs of identical feature dimensions. */
    public static GraphBatch of(List<SparseGraph> graphs) {
        if (graphs.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one graph");
        }
        SparseGraph first = graphs.getFirst();
        int b = graphs.size();
        int[] no = new int[b + 1];
        int[] eo = new int[b + 1];
        for (int g = 0; g < b; g++) {
            SparseGraph x = graphs.get(g);
            if (x.nodeDim() != first.nodeDim() || x.edgeDim() != first.edgeDim()) {
                throw new IllegalArgumentException("graph " + g + " has feature dimensions that differ from graph 0");
            }
            no[g + 1] = Math.addExact(no[g], x.numNodes());
            eo[g + 1] = Math.addExact(eo[g], x.numEdges());
        }
        float[] nf = new float[Math.multiplyExact(no[b], first.nodeDim())];
        float[] ef = new float[Math.multiplyExact(eo[b], first.edgeDim())];
        int[] src = new int[eo[b]];
        int[] dst = new int[eo[b]];
        for (int g = 0; g < b; g++) {
            SparseGraph x = graphs.get(g);
            System.arraycopy(x.nodeFeatures(), 0, nf, no[g] * first.nodeDim(), x.nodeFeatures().length);
            System.arraycopy(x.edgeFeatures(), 0, ef, eo[g] * first.edgeDim(), x.edgeFeatures().length);
            for (int k = 0; k < x.numEdges(); k++) {
                src[eo[g] + k] = x.source()[k] + no[g];
                dst[eo[g] + k] = x.target()[k] + no[g];
            }
        }
        return new GraphBatch(new SparseGraph(no[b], first.nodeDim(), nf, first.edgeDim(), src, dst, ef), no, eo);
    }
}
