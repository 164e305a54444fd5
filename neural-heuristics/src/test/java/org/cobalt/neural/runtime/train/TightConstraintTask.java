package org.cobalt.neural.runtime.train;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.GcnnConfig;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.nn.Normalization;

/**
 * A synthetic task that needs message passing: label a variable 1 iff it appears in a tight constraint
 * (slack 0). A variable's own features are noise; only a constraint→variable message can tell.
 */
final class TightConstraintTask {

    static final GcnnConfig CONFIG = new GcnnConfig(3, 4, 1, 16, Normalization.LAYERNORM);

    record Sample(BipartiteGraph graph, float[] labels) {
    }

    private TightConstraintTask() {
    }

    static List<Sample> samples(int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Sample> out = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            int nc = 5 + rng.nextInt(5);
            int nv = 8 + rng.nextInt(7);
            float[] cf = new float[nc * 3];
            float[] vf = new float[nv * 4];
            List<int[]> edges = new ArrayList<>();
            float[] labels = new float[nv];
            for (int c = 0; c < nc; c++) {
                boolean tight = rng.nextDouble() < 0.2;
                cf[c * 3] = tight ? 0f : (float) (0.5 + rng.nextDouble());
                cf[c * 3 + 1] = (float) rng.nextDouble();
                cf[c * 3 + 2] = (float) rng.nextDouble();
                int deg = 2 + rng.nextInt(2);
                for (int k = 0; k < deg; k++) {
                    int v = rng.nextInt(nv);
                    edges.add(new int[] {c, v});
                    if (tight) {
                        labels[v] = 1;
                    }
                }
            }
            for (int i = 0; i < vf.length; i++) {
                vf[i] = (float) rng.nextDouble();
            }
            int[] ec = new int[edges.size()];
            int[] ev = new int[edges.size()];
            float[] ef = new float[edges.size()];
            for (int e = 0; e < ec.length; e++) {
                ec[e] = edges.get(e)[0];
                ev[e] = edges.get(e)[1];
                ef[e] = (float) (rng.nextDouble() * 2 - 1);
            }
            out.add(new Sample(new BipartiteGraph(nc, nv, 3, cf, 4, vf, 1, ec, ev, ef), labels));
        }
        return out;
    }

    static BatchLoss<Sample> loss(GcnnPolicy model) {
        return (ops, batch) -> {
            BipartiteBatch b = BipartiteBatch.of(batch.stream().map(Sample::graph).toList());
            NDArray logits = model.forward(ops, b);
            return Losses.bceWithLogits(logits, ops.input(concat(batch), b.union().numVariables()));
        };
    }

    static float[] concat(List<Sample> batch) {
        int n = batch.stream().mapToInt(s -> s.labels().length).sum();
        float[] all = new float[n];
        int pos = 0;
        for (Sample s : batch) {
            System.arraycopy(s.labels(), 0, all, pos, s.labels().length);
            pos += s.labels().length;
        }
        return all;
    }
}
