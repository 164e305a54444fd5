package org.cobalt.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.neural.runtime.SyntheticInputs;

/** Small seeded inputs for the models' tests. */
public final class TestInputs {

    private TestInputs() {
    }

    public static final GcnnConfig TINY_GCNN = new GcnnConfig(3, 4, 1, 8, Normalization.PRENORM);
    public static final GcnnConfig TINY_GCNN_LN = new GcnnConfig(3, 4, 1, 8, Normalization.LAYERNORM);
    public static final GatedGnnConfig TINY_GATED = new GatedGnnConfig(2, 1, 8, 2);
    public static final DeepSetConfig TINY_SET = new DeepSetConfig(3, 8, 2, true);
    public static final AttentionConfig TINY_ATTENTION = new AttentionConfig(2, 4, 8, 2, 2, 16, 10f);

    public static BipartiteBatch bipartite(GcnnConfig c, int graphs, long seed) {
        List<BipartiteGraph> gs = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < graphs; i++) {
            gs.add(SyntheticInputs.setCoverLike(3 + rng.nextInt(4), 4 + rng.nextInt(5), 0.4, c, rng.nextLong()));
        }
        return BipartiteBatch.of(gs);
    }

    public static SparseGraph knnGraph(int n, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] xy = new float[2 * n];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = (float) rng.nextDouble();
        }
        return KnnGraphs.euclidean(xy, k);
    }

    public static GraphBatch knnBatch(int graphs, long seed) {
        List<SparseGraph> gs = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < graphs; i++) {
            gs.add(knnGraph(5 + rng.nextInt(6), 3, rng.nextLong()));
        }
        return GraphBatch.of(gs);
    }

    public static SetBatch sets(int dim, int sets, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<float[]> l = new ArrayList<>();
        for (int s = 0; s < sets; s++) {
            float[] a = new float[rng.nextInt(5) * dim];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (rng.nextDouble() * 2 - 1);
            }
            l.add(a);
        }
        return SetBatch.of(l, dim);
    }

    public static AttentionInput attention(AttentionConfig c, int batch, int nodes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[batch * nodes * c.nodeFeatures()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextDouble();
        }
        float[] valid = new float[batch * nodes];
        float[] sel = new float[batch * nodes];
        for (int b = 0; b < batch; b++) {
            int real = 2 + rng.nextInt(nodes - 1);
            for (int i = 0; i < real; i++) {
                valid[b * nodes + i] = 1;
                sel[b * nodes + i] = rng.nextDouble() < 0.6 ? 1 : 0;
            }
        }
        sel[0] = 1;
        float[] ctx = new float[batch * c.contextFeatures()];
        for (int i = 0; i < ctx.length; i++) {
            ctx[i] = (float) rng.nextDouble();
        }
        return new AttentionInput(batch, nodes, c.nodeFeatures(), x, valid, sel, c.contextFeatures(), ctx);
    }
}
