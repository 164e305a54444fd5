package org.cobalt.neural.coco;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.runtime.djl.DjlOps;
import org.cobalt.neural.runtime.train.BatchLoss;
import org.cobalt.neural.runtime.train.Losses;

/**
 * The training loss of a solution predictor over a mini-batch of {@link TrainingSample}s, averaged over
 * the instances. Only the labelled binaries enter it. With logits {@code z} of the binaries of one
 * instance and pool solutions {@code x_q} with weights {@code w_q}:
 * <ul>
 *   <li>{@link LossSettings.Kind#BCE}: {@code sum_q w_q BCE(z, x_q)} = BCE against the weighted marginals
 *       (cross-entropy is linear in the target), the predict-and-search loss;</li>
 *   <li>{@link LossSettings.Kind#CONTRASTIVE}: CoCo-MILP's inter-variable contrastive loss
 *       {@code sum_q w_q [ log sum_i exp(z_i / tau) - log sum_{i: x_qi = 1} exp(z_i / tau) ]}: the variables
 *       set to 1 in a good solution (positives) must out-score all others (the negatives are the
 *       variables at 0), computed with the log-sum-exp shift; plus {@code alpha} times the ranking term
 *       {@code sum_q w_q mean_{(i,j)} max(0, margin - (p_i - p_j))} over positives i and negatives j of
 *       solution q ({@code p = sigmoid(z)}), on {@link LossSettings#rankPairs()}^2 seeded sampled pairs
 *       per solution instead of all pairs (all pairs of a 1000-variable instance are ~10^5 per solution).
 *       Solutions without a 1 or without a 0 are skipped.</li>
 * </ul>
 * Not thread-safe (the pair sampler advances with every call).
 */
public final class PredictorLoss implements BatchLoss<TrainingSample> {

    private final CocoGnn model;
    private final LossSettings settings;
    private final SplittableRandom rng;

    /** The loss of {@code model} under {@code settings}. */
    public PredictorLoss(CocoGnn model, LossSettings settings) {
        this.model = model;
        this.settings = settings;
        this.rng = new SplittableRandom(settings.seed());
    }

    @Override
    public NDArray loss(DjlOps ops, List<TrainingSample> batch) {
        List<BipartiteGraph> graphs = new ArrayList<>(batch.size());
        for (TrainingSample s : batch) {
            graphs.add(s.graph());
        }
        BipartiteBatch b = BipartiteBatch.of(graphs);
        NDArray z = model.forward(ops, b);
        NDArray total = null;
        for (int g = 0; g < batch.size(); g++) {
            TrainingSample s = batch.get(g);
            int[] idx = s.pool().binaries();
            int offset = b.variableOffsets()[g];
            for (int i = 0; i < idx.length; i++) {
                idx[i] += offset;
            }
            NDArray zb = z.get(new NDIndex("{}", ops.indices(idx)));
            NDArray l = settings.kind() == LossSettings.Kind.BCE ? bce(ops, zb, s) : contrastive(ops, zb, s);
            total = total == null ? l : total.add(l);
        }
        return total.div(batch.size());
    }

    private static NDArray bce(DjlOps ops, NDArray zb, TrainingSample s) {
        float[] y = s.marginals();
        return Losses.bceWithLogits(zb, ops.input(y, y.length));
    }

    private NDArray contrastive(DjlOps ops, NDArray zb, TrainingSample s) {
        SolutionPool pool = s.pool();
        int nb = pool.numBinaries();
        int q = pool.size();
        float[] mask = new float[q * nb];
        float[] w = new float[q];
        double wsum = 0;
        for (int k = 0; k < q; k++) {
            int ones = 0;
            for (int i = 0; i < nb; i++) {
                if (pool.value(k, i)) {
                    mask[k * nb + i] = 1f;
                    ones++;
                }
            }
            if (ones > 0 && ones < nb) {
                w[k] = (float) s.weight(k);
                wsum += w[k];
            }
        }
        if (wsum == 0) {
            return zb.sum().mul(0f); // nothing to contrast: a zero that keeps the graph connected
        }
        for (int k = 0; k < q; k++) {
            w[k] /= (float) wsum;
        }
        NDArray scaled = zb.div((float) settings.temperature());
        NDArray shift = scaled.max().stopGradient();
        NDArray e = scaled.sub(shift).exp();
        NDArray lseAll = e.sum().log();
        NDArray posSum = ops.input(mask, q, nb).matMul(e.reshape(nb, 1)).reshape(q);
        // log of a positive sum; the tiny floor only guards solutions whose weight is 0 anyway
        NDArray lsePos = posSum.add(1e-30f).log();
        NDArray vcl = lseAll.sub(lsePos).mul(ops.input(w, q)).sum();
        if (settings.rankWeight() == 0) {
            return vcl;
        }
        return vcl.add(rank(ops, zb, pool, w).mul((float) settings.rankWeight()));
    }

    private NDArray rank(DjlOps ops, NDArray zb, SolutionPool pool, float[] w) {
        int nb = pool.numBinaries();
        int per = settings.rankPairs();
        int[] pos = new int[pool.size() * per * per];
        int[] neg = new int[pos.length];
        float[] pw = new float[pos.length];
        int n = 0;
        int[] ones = new int[nb];
        int[] zeros = new int[nb];
        for (int k = 0; k < pool.size(); k++) {
            if (w[k] == 0) {
                continue;
            }
            int a = 0;
            int c = 0;
            for (int i = 0; i < nb; i++) {
                if (pool.value(k, i)) {
                    ones[a++] = i;
                } else {
                    zeros[c++] = i;
                }
            }
            int pa = Math.min(per, a);
            int pc = Math.min(per, c);
            int[] ps = sample(ones, a, pa);
            int[] ns = sample(zeros, c, pc);
            float each = w[k] / (pa * pc);
            for (int i = 0; i < pa; i++) {
                for (int j = 0; j < pc; j++) {
                    pos[n] = ps[i];
                    neg[n] = ns[j];
                    pw[n] = each;
                    n++;
                }
            }
        }
        NDArray p = ai.djl.nn.Activation.sigmoid(zb);
        NDArray pi = p.get(new NDIndex("{}", ops.indices(java.util.Arrays.copyOf(pos, n))));
        NDArray pj = p.get(new NDIndex("{}", ops.indices(java.util.Arrays.copyOf(neg, n))));
        NDArray hinge = pj.sub(pi).add((float) settings.margin()).maximum(0f);
        return hinge.mul(ops.input(java.util.Arrays.copyOf(pw, n), n)).sum();
    }

    /** {@code k} distinct entries of {@code from[0..n)} (partial Fisher-Yates on a copy). */
    private int[] sample(int[] from, int n, int k) {
        int[] a = java.util.Arrays.copyOf(from, n);
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return java.util.Arrays.copyOf(a, k);
    }
}
