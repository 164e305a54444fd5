package org.cobalt.neural.udc.model;

import java.util.List;
import org.cobalt.neural.udc.NormalizedPath;

/**
 * Open-path sub-problems padded to a common size for {@link PathPolicy}. Node features are the
 * normalised coordinates and an endpoint flag (1 for the two fixed ends), so one encoding serves both
 * decoding directions.
 *
 * @param batch    sub-problems
 * @param nodes    nodes per sub-problem after padding
 * @param features [batch, nodes, 3]: x, y, endpoint flag (0 for padding)
 * @param valid    [batch, nodes]: 1 for real nodes
 * @param coords   [batch, nodes, 2] normalised coordinates (0 for padding)
 * @param sizes    real nodes of each sub-problem
 */
public record PathBatch(int batch, int nodes, float[] features, float[] valid, float[] coords, int[] sizes) {

    /** Node feature width. */
    public static final int FEATURES = 3;

    /** Pads and packs normalised paths (node i of a path is local node i). */
    public static PathBatch of(List<NormalizedPath> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one path");
        }
        int b = paths.size();
        int m = 0;
        for (NormalizedPath p : paths) {
            if (p.size() < 2) {
                throw new IllegalArgumentException("a path needs two ends, got " + p.size() + " nodes");
            }
            m = Math.max(m, p.size());
        }
        float[] f = new float[b * m * FEATURES];
        float[] v = new float[b * m];
        float[] c = new float[b * m * 2];
        int[] sizes = new int[b];
        for (int i = 0; i < b; i++) {
            NormalizedPath p = paths.get(i);
            sizes[i] = p.size();
            for (int j = 0; j < p.size(); j++) {
                int at = i * m + j;
                f[at * FEATURES] = p.xy()[2 * j];
                f[at * FEATURES + 1] = p.xy()[2 * j + 1];
                f[at * FEATURES + 2] = (j == 0 || j == p.size() - 1) ? 1f : 0f;
                v[at] = 1f;
                c[2 * at] = p.xy()[2 * j];
                c[2 * at + 1] = p.xy()[2 * j + 1];
            }
        }
        return new PathBatch(b, m, f, v, c, sizes);
    }

    /** Euclidean distance between local nodes {@code i} and {@code j} of sub-problem {@code s}. */
    public float distance(int s, int i, int j) {
        int a = 2 * (s * nodes + i);
        int c2 = 2 * (s * nodes + j);
        float dx = coords[a] - coords[c2];
        float dy = coords[a + 1] - coords[c2 + 1];
        return (float) Math.sqrt(dx * dx + dy * dy);
    }
}
