package org.cobalt.neural.branching;

import java.util.ArrayList;
import java.util.List;
import org.cobalt.neural.nn.BipartiteBatch;
import org.cobalt.neural.nn.BipartiteGraph;
import org.cobalt.neural.nn.GcnnPolicy;
import org.cobalt.neural.runtime.InferenceBackend;

/**
 * How well a policy imitates strong branching on recorded nodes, as Gasse et al. (2019) measure it:
 * top-k accuracy is the fraction of nodes where one of the policy's k highest-scored candidates has strong
 * branching's best score (ties count: several candidates may share it), and the loss is the mean
 * cross-entropy of the expert's choice under the softmax of the policy's candidate logits.
 *
 * @param samples nodes evaluated
 * @param loss    mean cross-entropy
 * @param top1    top-1 accuracy
 * @param top3    top-3 accuracy
 * @param top5    top-5 accuracy
 * @param top10   top-10 accuracy
 */
public record ImitationAccuracy(long samples, double loss, double top1, double top3, double top5, double top10) {

    /** Evaluates {@code policy} on {@code data} in batches of {@code batchSize} graphs. */
    public static ImitationAccuracy evaluate(GcnnPolicy policy, InferenceBackend backend, List<ImitationSample> data,
                                             int batchSize) {
        if (data.isEmpty()) {
            return new ImitationAccuracy(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        int[] ks = {1, 3, 5, 10};
        long[] hits = new long[ks.length];
        double loss = 0;
        for (int from = 0; from < data.size(); from += batchSize) {
            List<ImitationSample> chunk = data.subList(from, Math.min(data.size(), from + batchSize));
            List<BipartiteGraph> graphs = new ArrayList<>(chunk.size());
            for (ImitationSample s : chunk) {
                graphs.add(s.graph());
            }
            BipartiteBatch batch = chunk.size() == 1 ? GcnnFeaturizer.single(graphs.getFirst()) : BipartiteBatch.of(graphs);
            float[] out = backend.infer(policy, batch).values();
            for (int i = 0; i < chunk.size(); i++) {
                ImitationSample s = chunk.get(i);
                double[] logits = candidateLogits(out, batch.variableOffsets()[i], s.candidates());
                loss += crossEntropy(logits, s.expert());
                int[] order = ranking(logits);
                for (int q = 0; q < ks.length; q++) {
                    for (int r = 0; r < Math.min(ks[q], order.length); r++) {
                        if (s.isBest(order[r])) {
                            hits[q]++;
                            break;
                        }
                    }
                }
            }
        }
        double n = data.size();
        return new ImitationAccuracy(data.size(), loss / n, hits[0] / n, hits[1] / n, hits[2] / n, hits[3] / n);
    }

    static double[] candidateLogits(float[] scores, int offset, int[] candidates) {
        double[] l = new double[candidates.length];
        for (int k = 0; k < l.length; k++) {
            float v = scores[offset + candidates[k]];
            l[k] = Float.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }
        return l;
    }

    /** {@code -log softmax(logits)[target]}, stable. */
    static double crossEntropy(double[] logits, int target) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (double v : logits) {
            sum += Math.exp(v - max);
        }
        return -(logits[target] - max - Math.log(sum));
    }

    /** Candidate positions by decreasing logit (ties: lower position first). */
    static int[] ranking(double[] logits) {
        Integer[] idx = new Integer[logits.length];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = k;
        }
        java.util.Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(logits[b], logits[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] r = new int[idx.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = idx[k];
        }
        return r;
    }
}
