package org.cobalt.neural.nn;

/**
 * Sparse k-nearest-neighbour graphs over planar points, the input graph of UDC's divide network. Each
 * node receives messages from its k nearest other nodes (edges neighbour → node), node features are the
 * coordinates and the edge feature is the Euclidean distance. Brute force, O(n² · k): meant for the
 * sub-problem sizes a divide network sees, not for spatial indexing of huge instances.
 */
public final class KnnGraphs {

    private KnnGraphs() {
    }

    /** The kNN graph of points {@code xy} = [x0, y0, x1, y1, ...]; ties break towards the lower index. */
    public static SparseGraph euclidean(float[] xy, int k) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("coordinates must come in (x, y) pairs");
        }
        int n = xy.length / 2;
        int kk = Math.min(k, n - 1);
        if (kk < 0 || k <= 0) {
            throw new IllegalArgumentException("k must be positive, got " + k);
        }
        int[] src = new int[n * kk];
        int[] dst = new int[n * kk];
        float[] dist = new float[n * kk];
        int[] best = new int[kk];
        double[] bestD = new double[kk];
        for (int i = 0; i < n; i++) {
            int size = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double dx = xy[2 * i] - xy[2 * j];
                double dy = xy[2 * i + 1] - xy[2 * j + 1];
                double d = Math.sqrt(dx * dx + dy * dy);
                if (size < kk || d < bestD[size - 1]) {
                    int p = size < kk ? size++ : size - 1;
                    while (p > 0 && bestD[p - 1] > d) {
                        bestD[p] = bestD[p - 1];
                        best[p] = best[p - 1];
                        p--;
                    }
                    bestD[p] = d;
                    best[p] = j;
                }
            }
            for (int t = 0; t < kk; t++) {
                src[i * kk + t] = best[t];
                dst[i * kk + t] = i;
                dist[i * kk + t] = (float) bestD[t];
            }
        }
        return new SparseGraph(n, 2, xy.clone(), 1, src, dst, dist);
    }
}
