package org.cobalt.neural.udc.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import java.util.List;
import java.util.SplittableRandom;
import org.cobalt.core.routing.TspProblem;
import org.cobalt.neural.nn.GraphBatch;
import org.cobalt.neural.runtime.djl.DjlOps;
import org.cobalt.neural.runtime.train.BatchLoss;
import org.cobalt.neural.udc.HeatmapDecoder;
import org.cobalt.neural.udc.PathConqueror;
import org.cobalt.neural.udc.PlanarPoints;
import org.cobalt.neural.udc.TspGraph;
import org.cobalt.neural.udc.UdcTspEngine;
import org.cobalt.neural.udc.model.HeatmapNetwork;

/**
 * The divide network's loss in UDC's Divide-Conquer-Reunion training: for one instance, {@code samples}
 * tours are sampled from the heat-map, each is conquered twice (cut points shifted by half a
 * sub-problem between the two rounds, the "reunion" that repairs the first round's fixed cut edges),
 * and REINFORCE with the samples' mean final length as shared baseline weights each tour's
 * log-probability: {@code −mean_s((mean − L_s) · Σ_steps log p(step))}. The reward is thus the length
 * after conquering, not the raw divide tour, which is what lets a divide policy learn what the conquer
 * can and cannot repair.
 */
final class DcrLoss implements BatchLoss<TspProblem> {

    private final HeatmapNetwork network;
    private final PathConqueror conqueror;
    private final int samples;
    private final int subSize;
    private final SplittableRandom random;
    private double lastMeanLength = Double.NaN;

    DcrLoss(HeatmapNetwork network, PathConqueror conqueror, int samples, int subSize, long seed) {
        this.network = network;
        this.conqueror = conqueror;
        this.samples = samples;
        this.subSize = subSize;
        this.random = new SplittableRandom(seed);
    }

    double lastMeanLength() {
        return lastMeanLength;
    }

    @Override
    public NDArray loss(DjlOps ops, List<TspProblem> batch) {
        NDArray total = null;
        double lenSum = 0;
        for (TspProblem p : batch) {
            PlanarPoints pts = PlanarPoints.of(p.metric()).orElseThrow();
            TspGraph g = TspGraph.of(pts, network.config().neighbors());
            NDArray scores = network.forward(ops, GraphBatch.of(List.of(g.graph())));
            float[] host = ops.toHost(scores);
            int n = g.size();
            int k = g.k();
            double[] len = new double[samples];
            HeatmapDecoder.Trace[] traces = new HeatmapDecoder.Trace[samples];
            double mean = 0;
            for (int s = 0; s < samples; s++) {
                HeatmapDecoder.Decoded d = HeatmapDecoder.decode(g, host, random.nextInt(n), false, random, true);
                traces[s] = d.trace();
                int[] tour = d.tour();
                len[s] = new UdcTspEngine(conqueror, subSize).improve(tour, p.metric(), pts, 2, random, () -> false,
                        l -> { }).length();
                mean += len[s];
            }
            mean /= samples;
            lenSum += mean;
            int steps = 0;
            for (HeatmapDecoder.Trace t : traces) {
                steps += t.steps();
            }
            int[] edges = new int[steps * k];
            float[] mask = new float[steps * k];
            int[] chosen = new int[steps];
            float[] weight = new float[steps];
            int at = 0;
            for (int s = 0; s < samples; s++) {
                HeatmapDecoder.Trace t = traces[s];
                float adv = (float) ((mean - len[s]) / samples / batch.size());
                for (int q = 0; q < t.steps(); q++) {
                    for (int c = 0; c < k; c++) {
                        edges[at * k + c] = t.node()[q] * k + c;
                        mask[at * k + c] = t.candidates()[q * k + c];
                    }
                    chosen[at] = t.chosen()[q];
                    weight[at] = adv;
                    at++;
                }
            }
            NDArray cand = scores.get(new NDIndex("{}", ops.indices(edges))).reshape(steps, k);
            NDArray keep = ops.input(mask, steps, k);
            NDArray masked = cand.mul(keep).add(keep.sub(1).mul(1e9f));
            NDArray logp = masked.logSoftmax(-1).gather(ops.indices(chosen).reshape(-1, 1), 1).reshape(-1);
            NDArray l = logp.mul(ops.input(weight, steps)).sum().neg();
            total = total == null ? l : total.add(l);
        }
        lastMeanLength = lenSum / batch.size();
        // the 1/batch factor sits in the weights: DJL's div(Number) would free a scalar autograd still reads
        return total;
    }
}
