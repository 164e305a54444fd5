package org.cobalt.neural.udc;

import org.cobalt.core.routing.CoordinateMetric;
import org.cobalt.core.routing.EdgeWeightType;
import org.cobalt.neural.nn.SparseGraph;
import org.cobalt.routing.NeighborLists;

/**
 * The sparse input graph of UDC's divide network: points normalised to the unit square, each node
 * linked to its k nearest neighbours (found through a bucket grid, so O(n k) memory and near-linear
 * time even for 15 000 nodes), edge feature = edge length × √n (about 1 for uniform points whatever
 * n). Edge {@code i·k + t} runs from the t-th neighbour of i to i; its score is the heat of moving
 * from i to that neighbour.
 *
 * @param graph     the graph for the network
 * @param neighbors the k nearest neighbours of every node in the normalised metric
 * @param metric    the normalised metric (EXACT_2D), for nearest-unvisited jumps
 */
public record TspGraph(SparseGraph graph, NeighborLists neighbors, CoordinateMetric metric) {

    /** The k-nearest-neighbour graph of {@code points}. */
    public static TspGraph of(PlanarPoints points, int k) {
        int n = points.size();
        if (n < 2) {
            throw new IllegalArgumentException("a graph needs at least two nodes");
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, points.x()[i]);
            maxX = Math.max(maxX, points.x()[i]);
            minY = Math.min(minY, points.y()[i]);
            maxY = Math.max(maxY, points.y()[i]);
        }
        double scale = Math.max(maxX - minX, maxY - minY);
        if (!(scale > 0)) {
            scale = 1;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        float[] nodeFeatures = new float[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = (points.x()[i] - minX) / scale;
            y[i] = (points.y()[i] - minY) / scale;
            nodeFeatures[2 * i] = (float) x[i];
            nodeFeatures[2 * i + 1] = (float) y[i];
        }
        CoordinateMetric metric = new CoordinateMetric(EdgeWeightType.EXACT_2D, x, y);
        NeighborLists nl = NeighborLists.build(metric, k);
        int kk = nl.k();
        int[] src = new int[n * kk];
        int[] dst = new int[n * kk];
        float[] len = new float[n * kk];
        double sqrtN = Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < kk; t++) {
                int e = i * kk + t;
                int j = nl.get(i, t);
                src[e] = j;
                dst[e] = i;
                len[e] = (float) (metric.distance(i, j) * sqrtN);
            }
        }
        return new TspGraph(new SparseGraph(n, 2, nodeFeatures, 1, src, dst, len), nl, metric);
    }

    /** Number of nodes. */
    public int size() {
        return graph.numNodes();
    }

    /** Neighbours per node. */
    public int k() {
        return neighbors.k();
    }
}
