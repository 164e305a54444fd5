package org.cobalt.neural.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.GcnnConfig;

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

    private static float[] uniform(SplittableRandom rng, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return a;
    }
}
