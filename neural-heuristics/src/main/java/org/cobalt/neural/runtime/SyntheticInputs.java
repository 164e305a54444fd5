package org.cobalt.neural.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.neural.nn.AttentionConfig;
import org.cobalt.neural.nn.AttentionInput;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.GcnnConfig;
import org.cobalt.neural.nn.GraphBatch;
import org.cobalt.neural.nn.KnnGraphs;
import org.cobalt.neural.nn.SetBatch;
import org.cobalt.neural.nn.SparseGraph;

/**
 * Seeded random inputs of realistic sizes for benchmarks and backend cross-checks (CPU vs GPU): the
 * same seed gives the same graph on every JVM, so a check on another machine can regenerate them
 * instead of shipping them.
 */
public final class SyntheticInputs {

    private SyntheticInputs() {
    }

    /**
     * A bipartite graph shaped like a set-cover MILP with {@code rows} constraints and {@code cols}
     * variables: every (row, column) pair is an edge with probability {@code density} (each row gets at
     * least one edge), features uniform in [-1, 1) with the widths of {@code config}.
     */
    public static BipartiteGraph setCoverLike(int rows, int cols, double density, GcnnConfig config, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] ec = new int[Math.max(16, (int) (rows * (long) cols * density * 1.2))];
        int[] ev = new int[ec.length];
        int e = 0;
        for (int r = 0; r < rows; r++) {
            int before = e;
            for (int c = 0; c < cols; c++) {
                if (rng.nextDouble() < density) {
                    if (e == ec.length) {
                        ec = java.util.Arrays.copyOf(ec, e * 2);
                        ev = java.util.Arrays.copyOf(ev, e * 2);
                    }
                    ec[e] = r;
                    ev[e] = c;
                    e++;
                }
            }
            if (e == before) {
                if (e == ec.length) {
                    ec = java.util.Arrays.copyOf(ec, e * 2);
                    ev = java.util.Arrays.copyOf(ev, e * 2);
                }
                ec[e] = r;
                ev[e] = rng.nextInt(cols);
                e++;
            }
        }
        return new BipartiteGraph(rows, cols, config.constraintFeatures(),
                uniform(rng, rows * config.constraintFeatures()), config.variableFeatures(),
                uniform(rng, cols * config.variableFeatures()), config.edgeFeatures(),
                java.util.Arrays.copyOf(ec, e), java.util.Arrays.copyOf(ev, e), uniform(rng, e * config.edgeFeatures()));
    }

    /** {@code count} set-cover-like graphs with seeds {@code seed, seed + 1, ...}. */
    public static List<BipartiteGraph> setCoverLike(int count, int rows, int cols, double density, GcnnConfig config,
            long seed) {
        List<BipartiteGraph> gs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            gs.add(setCoverLike(rows, cols, density, config, seed + i));
        }
        return gs;
    }

    /** {@code graphs} k-nearest-neighbour graphs over {@code nodes} uniform random points each. */
    public static GraphBatch knnBatch(int graphs, int nodes, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<SparseGraph> gs = new ArrayList<>(graphs);
        for (int g = 0; g < graphs; g++) {
            float[] xy = new float[2 * nodes];
            for (int i = 0; i < xy.length; i++) {
                xy[i] = (float) rng.nextDouble();
            }
            gs.add(KnnGraphs.euclidean(xy, k));
        }
        return GraphBatch.of(gs);
    }

    /**
     * A padded attention batch: problem {@code b} has between 2 and {@code nodes} real nodes with
     * uniform coordinates, about 60% of them selectable (at least the first).
     */
    public static AttentionInput attention(AttentionConfig config, int batch, int nodes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = uniform(rng, batch * nodes * config.nodeFeatures());
        float[] valid = new float[batch * nodes];
        float[] selectable = new float[batch * nodes];
        for (int b = 0; b < batch; b++) {
            int real = 2 + rng.nextInt(Math.max(1, nodes - 1));
            for (int i = 0; i < Math.min(real, nodes); i++) {
                valid[b * nodes + i] = 1;
                selectable[b * nodes + i] = i == 0 || rng.nextDouble() < 0.6 ? 1 : 0;
            }
        }
        return new AttentionInput(batch, nodes, config.nodeFeatures(), x, valid, selectable, config.contextFeatures(),
                uniform(rng, batch * config.contextFeatures()));
    }

    /** {@code count} sets of 0 to {@code maxSize} uniform vectors of width {@code dim}. */
    public static SetBatch sets(int dim, int count, int maxSize, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<float[]> sets = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            sets.add(uniform(rng, rng.nextInt(maxSize + 1) * dim));
        }
        return SetBatch.of(sets, dim);
    }

    private static float[] uniform(SplittableRandom rng, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return a;
    }
}
